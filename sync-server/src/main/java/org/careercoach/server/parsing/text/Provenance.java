package org.careercoach.server.parsing.text;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How sure the parser is of each field it filled, and where in the document it found it, so the app
 * can highlight what the user should review. Kept under {@code meta.x-careercoach} so the output
 * stays valid JSON Resume.
 */
public final class Provenance {

  public static final String META_KEY = "x-careercoach";

  private final Map<String, ObjectNode> fields = new LinkedHashMap<>();

  /** Records a field, e.g. {@code basics.email} or {@code work[0]}, found on a line. */
  public void add(String field, double confidence, Line line) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("confidence", Math.round(confidence * 100) / 100.0);
    if (line != null) {
      node.put("page", line.page());
      node.put("line", line.number());
    }
    fields.put(field, node);
  }

  /** The meta extension: the parser's name and one entry per field. */
  public Map<String, JsonNode> asMetaExtensions() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("parser", "heuristic");
    ObjectNode all = root.putObject("fields");
    fields.forEach(all::set);
    return Map.of(META_KEY, root);
  }
}
