package org.careercoach.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Builds the JSON mapper of Career Coach. The server (through Spring's builder) and the desktop app
 * use this same configuration, so what one writes the other reads.
 *
 * <p>It is strict where leniency would lose data silently: a number where text belongs, a string
 * where a number belongs, an unknown enum constant and a {@code null} inside a list are errors that
 * name the field, never a quiet conversion or default. It bounds what a hostile document can cost:
 * strings, nesting and document size have limits well above any real resume.
 */
public final class CoachJson {

  /**
   * The longest string value accepted: far above any real resume field, far below a memory risk.
   */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The deepest nesting accepted; a resume is about six levels deep. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The largest JSON document accepted, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  private static final JsonMapper SHARED = configure(JsonMapper.builder(jsonFactory())).build();

  private CoachJson() {}

  /** The shared mapper. Mappers are thread-safe, so one instance serves the whole process. */
  public static JsonMapper mapper() {
    return SHARED;
  }

  /** The factory with this project's read and write limits. */
  public static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build())
        .streamWriteConstraints(
            StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .build();
  }

  /**
   * Applies this project's settings to a builder, for callers that must start from their own
   * builder (Spring's). Build that builder on {@link #jsonFactory()} to get the limits as well.
   */
  public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    builder
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, null))
        .changeDefaultNullHandling(nulls -> JsonSetter.Value.forContentNulls(Nulls.FAIL));
    refuse(builder, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float);
    refuse(builder, LogicalType.Textual, CoercionInputShape.Boolean);
    refuse(builder, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float);
    refuse(
        builder, LogicalType.Integer, CoercionInputShape.Boolean, CoercionInputShape.EmptyString);
    refuse(builder, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(builder, LogicalType.Float, CoercionInputShape.EmptyString);
    refuse(builder, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.String);
    refuse(builder, LogicalType.Boolean, CoercionInputShape.EmptyString);
    refuse(builder, LogicalType.Enum, CoercionInputShape.EmptyString, CoercionInputShape.Integer);
    return builder;
  }

  /** A value of the wrong JSON type is an error, not something to convert quietly. */
  private static void refuse(
      JsonMapper.Builder builder, LogicalType target, CoercionInputShape... shapes) {
    builder.withCoercionConfig(
        target,
        config -> {
          for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
        });
  }

  /**
   * Where in the document an error is, as a readable path such as {@code work[0].startDate}, or an
   * empty string when it is the document itself.
   */
  public static String fieldPath(JacksonException error) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : error.getPath()) {
      if (ref.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
