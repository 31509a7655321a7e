package org.careercoach.desktop.ui.uploads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed resume as the review shows it: one value per field path, named as {@link
 * org.careercoach.model.api.ParseProvenance} names them ({@code work[0].name}, {@code
 * skills[1].keywords[0]}), and the way back from corrected values to a resume. Built on the
 * resume's JSON so every field shows, unknown ones too. Pure: no toolkit, no I/O.
 */
final class ParsedFields {

  private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

  private ParsedFields() {}

  /**
   * One value of the resume.
   *
   * @param path its path, as the provenance names it
   * @param section its top-level section ({@code basics}, {@code work}, …)
   * @param label where it is in words, within its section ("Acme Payments › Position")
   * @param value its text
   */
  record Leaf(String path, String section, String label, String value) {}

  /**
   * Every non-empty value, in the resume's own order ({@code $schema} and {@code meta} left out).
   */
  static List<Leaf> leaves(Resume resume) {
    List<Leaf> leaves = new ArrayList<>();
    JsonNode root = CoachJson.mapper().valueToTree(resume);
    for (Map.Entry<String, JsonNode> section : root.properties()) {
      String key = section.getKey();
      if (!key.equals("$schema") && !key.equals("meta")) {
        walk(section.getValue(), key, key, "", leaves);
      }
    }
    return leaves;
  }

  private static void walk(
      JsonNode node, String section, String path, String label, List<Leaf> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        walk(
            field.getValue(),
            section,
            path + "." + field.getKey(),
            join(label, words(field.getKey())),
            leaves);
      }
    } else if (node.isArray()) {
      int index = 0;
      for (JsonNode item : node) {
        String step =
            label.isEmpty() ? entryName(item, index) : singular(label) + " " + (index + 1);
        walk(item, section, path + "[" + index + "]", step, leaves);
        index++;
      }
    } else if (node.isValueNode() && !node.isNull()) {
      String text = node.isString() ? node.asString() : node.toString();
      if (!text.isBlank()) {
        leaves.add(new Leaf(path, section, label.isEmpty() ? words(section) : label, text));
      }
    }
  }

  /**
   * {@code resume} with each path in {@code values} set to its text; an empty text removes the
   * value (a list item goes, and the items after it move up). Paths the resume does not hold are
   * ignored: the review only offers the ones it holds.
   *
   * @throws IllegalArgumentException when the result is no longer a resume (cannot happen for paths
   *     from {@link #leaves})
   */
  static Resume apply(Resume resume, Map<String, String> values) {
    if (values.isEmpty()) {
      return resume;
    }
    ObjectNode root = CoachJson.mapper().valueToTree(resume);
    for (Map.Entry<String, String> change : values.entrySet()) {
      set(root, change.getKey(), change.getValue());
    }
    // Values set to null are the removed ones; a resume written by the mapper holds no other null.
    prune(root);
    return CoachJson.mapper().treeToValue(root, Resume.class);
  }

  private static void set(ObjectNode root, String path, String text) {
    List<Object> steps = steps(path);
    JsonNode parent = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      parent = child(parent, steps.get(i));
      if (parent == null) {
        return;
      }
    }
    Object last = steps.get(steps.size() - 1);
    JsonNode old = child(parent, last);
    if (old == null || !old.isValueNode()) {
      return;
    }
    JsonNode value = value(old, text);
    if (parent instanceof ObjectNode object && last instanceof String name) {
      object.set(name, value);
    } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
      array.set(index, value);
    }
  }

  /**
   * The corrected text, of the old value's kind when it still reads as one (a number stays one).
   */
  private static JsonNode value(JsonNode old, String text) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      return nodes.nullNode();
    }
    if (old.isNumber()) {
      try {
        return nodes.numberNode(new BigDecimal(stripped));
      } catch (NumberFormatException notANumber) {
        return nodes.stringNode(stripped);
      }
    }
    if (old.isBoolean() && (stripped.equals("true") || stripped.equals("false"))) {
      return nodes.booleanNode(Boolean.parseBoolean(stripped));
    }
    return nodes.stringNode(stripped);
  }

  private static JsonNode child(JsonNode parent, Object step) {
    if (step instanceof String name && parent.isObject()) {
      return parent.get(name);
    }
    if (step instanceof Integer index && parent.isArray() && index < parent.size()) {
      return parent.get(index);
    }
    return null;
  }

  private static void prune(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> removed = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isNull()) {
          removed.add(field.getKey());
        } else {
          prune(field.getValue());
        }
      }
      removed.forEach(object::remove);
    } else if (node instanceof ArrayNode array) {
      for (int i = array.size() - 1; i >= 0; i--) {
        if (array.get(i).isNull()) {
          array.remove(i);
        } else {
          prune(array.get(i));
        }
      }
    }
  }

  /** {@code work[0].highlights[2]} → work, 0, highlights, 2. */
  static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    Matcher matcher = STEP.matcher(path);
    while (matcher.find()) {
      steps.add(matcher.group(1) != null ? matcher.group(1) : Integer.valueOf(matcher.group(2)));
    }
    return steps;
  }

  /** The fields that name an entry, the first present wins: "Acme Payments › Position". */
  private static final List<String> NAMING_FIELDS =
      List.of("name", "institution", "organization", "title", "language", "position", "awarder");

  /** A section's entry by its own name, or "Entry 2" when it has none. */
  private static String entryName(JsonNode entry, int index) {
    for (String field : NAMING_FIELDS) {
      JsonNode name = entry.get(field);
      if (name != null && name.isString() && !name.asString().isBlank()) {
        String text = name.asString().strip();
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
      }
    }
    return "Entry " + (index + 1);
  }

  /** "Highlights" → "Highlight"; "Basics › Profiles" → "Basics › Profile". */
  private static String singular(String label) {
    if (label.endsWith("ies")) {
      return label.substring(0, label.length() - 3) + "y";
    }
    return label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : parent + " › " + child;
  }

  /** "startDate" → "Start date"; "basics" → "Basics". */
  static String words(String key) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.isEmpty() ? key : out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
  }
}
