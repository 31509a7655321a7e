package org.careercoach.formats.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.careercoach.formats.FieldProblem;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Checks documents against the official JSON Resume schema (draft-07, shipped unchanged in
 * common-model). Problems come back with the JSON path of the offending value and a message in
 * words; the common ones (dates, addresses, wrong kinds of value) are reworded for a user, the rest
 * keep the validator's wording.
 *
 * <p>One instance serves the process: the compiled schema is immutable and thread-safe.
 */
public final class JsonResumeSchema {

  /** Where common-model ships the schema. */
  public static final String RESOURCE = "/org/careercoach/model/jsonresume/schema.json";

  static final String DATE_ADVICE =
      "is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, for example 2019, 2019-04 or 2019-04-02";

  /** Where common-model ships the JSON Resume job schema (draft-04). */
  public static final String JOB_RESOURCE = "/org/careercoach/model/jsonresume/job-schema.json";

  private static final JsonResumeSchema INSTANCE =
      new JsonResumeSchema(load(RESOURCE, SpecificationVersion.DRAFT_7));
  private static final JsonResumeSchema JOB =
      new JsonResumeSchema(load(JOB_RESOURCE, SpecificationVersion.DRAFT_4));

  private final Schema schema;

  private JsonResumeSchema(Schema schema) {
    this.schema = schema;
  }

  /** The schema, compiled once. */
  public static JsonResumeSchema get() {
    return INSTANCE;
  }

  /** The schema of a JSON Resume job posting, compiled once. */
  public static JsonResumeSchema job() {
    return JOB;
  }

  /**
   * The problems of a JSON text, in document order; empty when it is a valid JSON Resume. Text that
   * is not JSON at all is one problem at {@code $}.
   */
  public List<FieldProblem> validate(String json) {
    JsonNode tree;
    try {
      tree = CoachJson.mapper().readTree(json);
    } catch (JacksonException e) {
      return List.of(new FieldProblem("$", notJson(e)));
    }
    return validate(tree);
  }

  /** The problems of a parsed document, ordered by path. */
  public List<FieldProblem> validate(JsonNode document) {
    return schema.validate(document).stream()
        .map(JsonResumeSchema::problem)
        .distinct()
        .sorted(Comparator.comparing(FieldProblem::path))
        .toList();
  }

  /** A parse error in words, with where it happened. */
  public static String notJson(JacksonException e) {
    String where =
        e.getLocation() == null || e.getLocation().getLineNr() < 1
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    String why = e.getOriginalMessage();
    int cut = why.indexOf('\n');
    return "is not valid JSON" + where + ": " + (cut < 0 ? why : why.substring(0, cut));
  }

  private static FieldProblem problem(Error error) {
    return new FieldProblem(jsonPath(error.getInstanceLocation()), words(error));
  }

  /** {@code $.work[0].startDate}: the form people read, whatever the validator's own. */
  private static String jsonPath(NodePath location) {
    StringBuilder path = new StringBuilder("$");
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Number index) {
        path.append('[').append(index).append(']');
      } else {
        path.append('.').append(element);
      }
    }
    return path.toString();
  }

  private static String words(Error error) {
    String keyword = String.valueOf(error.getKeyword());
    String schemaAt = String.valueOf(error.getSchemaLocation());
    switch (keyword) {
      case "pattern":
        if (schemaAt.contains("iso8601")) {
          return "'" + shorten(error.getInstanceNode()) + "' " + DATE_ADVICE;
        }
        break;
      case "format":
        String format =
            String.valueOf(error.getSchemaNode() == null ? "" : error.getSchemaNode().asString(""));
        if (format.equals("email")) {
          return "'" + shorten(error.getInstanceNode()) + "' is not an email address";
        }
        if (format.equals("uri")) {
          return "'"
              + shorten(error.getInstanceNode())
              + "' is not a full web address: start it with https://";
        }
        break;
      case "type":
        String expected = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString("");
        return "must be " + kind(expected) + ", not " + kind(nodeType(error.getInstanceNode()));
      default:
        break;
    }
    String message = error.getMessage();
    // The validator starts its messages with its own form of the path; the problem carries it.
    String own = error.getInstanceLocation().toString() + ": ";
    return message.startsWith(own) ? message.substring(own.length()) : message;
  }

  private static String nodeType(JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "string";
    }
    if (node.isArray()) {
      return "array";
    }
    if (node.isObject()) {
      return "object";
    }
    if (node.isBoolean()) {
      return "boolean";
    }
    return node.isNumber() ? "number" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  private static String kind(String jsonType) {
    return switch (jsonType) {
      case "string" -> "text";
      case "array" -> "a list";
      case "object" -> "an object with fields";
      case "number", "integer" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "empty (null)";
      default -> jsonType;
    };
  }

  private static String shorten(JsonNode node) {
    String text = node == null ? "" : node.isString() ? node.asString() : node.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  private static Schema load(String resource, SpecificationVersion version) {
    try (InputStream in = JsonResumeSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: common-model ships it");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return SchemaRegistry.withDefaultDialect(version).getSchema(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
