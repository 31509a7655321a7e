package org.careercoach.model.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Meta;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Where the parser found each field of a parsed resume and how sure it is, kept in the parsed JSON
 * Resume under {@code meta.x-careercoach} (so the output stays valid JSON Resume) and read back by
 * the app's review screen.
 *
 * <p>Field paths name one value the parser filled: {@code basics.name}, {@code
 * basics.location.city}, {@code basics.profiles[0].url}, {@code work[0].name}, {@code
 * work[0].startDate}, {@code work[0].highlights[2]}, {@code skills[1].keywords[0]}; a whole entry
 * is {@code work[0]}. Indexes count from 0, as in the resume's own arrays.
 *
 * @param parser which reader produced it ({@code heuristic}, {@code claude}, …)
 * @param pages the document's pages, for a PDF (empty for DOCX and plain text)
 * @param lines the document's lines as the parser read them, in reading order: the text the app
 *     shows for DOCX and plain text, and what a field's {@code line} points to
 * @param fields per field path, where it came from and how sure the parser is of it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseProvenance(
    String parser,
    List<SourcePage> pages,
    List<SourceLine> lines,
    Map<String, FieldSource> fields) {

  /** The key under the resume's {@code meta}. */
  public static final String META_KEY = "x-careercoach";

  public ParseProvenance {
    pages = pages == null ? List.of() : List.copyOf(pages);
    lines = lines == null ? List.of() : List.copyOf(lines);
    fields =
        fields == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** A page of a PDF, in PDF points (1/72 inch). */
  public record SourcePage(int number, double width, double height) {}

  /**
   * A line as read.
   *
   * @param number its place in reading order, from 1
   * @param page its page, from 1 (1 for DOCX and plain text)
   * @param text its text, its pieces joined by single spaces
   * @param box where it stands on its page (PDF only; null otherwise)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SourceLine(int number, int page, String text, Box box) {}

  /** A rectangle on a page in PDF points, measured from the page's top-left corner. */
  public record Box(double x, double y, double width, double height) {}

  /**
   * One field's origin.
   *
   * @param confidence how sure the parser is that the value is right and in the right field, from 0
   *     to 1
   * @param page the page it came from (null when not located)
   * @param line the line it came from, a {@link SourceLine#number()} (null when not located)
   * @param box the text it came from, on {@code page} (PDF only; null otherwise)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldSource(double confidence, Integer page, Integer line, Box box) {}

  /** The provenance the parser left in {@code parsed}, if it left one. */
  public static Optional<ParseProvenance> of(Resume parsed) {
    if (parsed == null || parsed.meta() == null) {
      return Optional.empty();
    }
    JsonNode node = parsed.meta().extensions().get(META_KEY);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CoachJson.mapper().treeToValue(node, ParseProvenance.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** {@code parsed} without the parser's provenance: what a draft made from it keeps. */
  public static Resume withoutProvenance(Resume parsed) {
    if (parsed.meta() == null || !parsed.meta().extensions().containsKey(META_KEY)) {
      return parsed;
    }
    Map<String, JsonNode> rest = new LinkedHashMap<>(parsed.meta().extensions());
    rest.remove(META_KEY);
    Meta meta = parsed.meta();
    Meta kept =
        meta.canonical() == null
                && meta.version() == null
                && meta.lastModified() == null
                && rest.isEmpty()
            ? null
            : new Meta(meta.canonical(), meta.version(), meta.lastModified(), rest);
    return parsed.withMeta(kept);
  }
}
