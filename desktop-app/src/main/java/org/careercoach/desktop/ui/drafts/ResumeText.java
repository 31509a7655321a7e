package org.careercoach.desktop.ui.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;

/**
 * A resume as lines a person reads, one per field, in the resume's own order: "Work 1 › Position:
 * Engineer". Built from the resume's JSON, so every field shows, unknown ones too; the history's
 * comparison and the read-only view of a sent copy both use it.
 */
final class ResumeText {

  private ResumeText() {}

  /** One field: where it is, in words, and its text. */
  record Line(String label, String value) {
    @Override
    public String toString() {
      return label + ": " + value;
    }
  }

  static List<Line> lines(Resume resume) {
    List<Line> lines = new ArrayList<>();
    if (resume != null) {
      walk(CoachJson.mapper().valueToTree(resume), "", lines);
    }
    return lines;
  }

  private static void walk(JsonNode node, String label, List<Line> lines) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().equals("$schema")) {
          walk(field.getValue(), join(label, words(field.getKey())), lines);
        }
      }
    } else if (node.isArray()) {
      boolean scalars = true;
      for (JsonNode item : node) {
        scalars &= item.isValueNode();
      }
      int index = 1;
      for (JsonNode item : node) {
        // A list of words (highlights, keywords) reads as one label with many values; a list of
        // entries numbers them, so "Work 2" is the second job.
        walk(item, scalars ? label : label + " " + index++, lines);
      }
    } else {
      String text = node.isString() ? node.asString() : node.toString();
      if (!text.isBlank()) {
        lines.add(new Line(label, text.strip()));
      }
    }
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
    if (out.isEmpty()) {
      return key;
    }
    return out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
  }
}
