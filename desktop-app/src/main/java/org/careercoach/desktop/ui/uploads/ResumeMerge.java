package org.careercoach.desktop.ui.uploads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges a reviewed file's resume into a draft, section by section, as the person chose. Pure: the
 * caller stores the result as one edit. Everything the choices do not touch is the draft's own,
 * unknown fields, {@code $schema} and {@code meta} included.
 */
final class ResumeMerge {

  private ResumeMerge() {}

  /** The sections a person chooses for, in the resume's order. */
  enum Section {
    BASICS("basics", "Basics"),
    WORK("work", "Work"),
    VOLUNTEER("volunteer", "Volunteering"),
    EDUCATION("education", "Education"),
    AWARDS("awards", "Awards"),
    CERTIFICATES("certificates", "Certificates"),
    PUBLICATIONS("publications", "Publications"),
    SKILLS("skills", "Skills"),
    LANGUAGES("languages", "Languages"),
    INTERESTS("interests", "Interests"),
    REFERENCES("references", "References"),
    PROJECTS("projects", "Projects");

    private final String key;
    private final String label;

    Section(String key, String label) {
      this.key = key;
      this.label = label;
    }

    String key() {
      return key;
    }

    String label() {
      return label;
    }
  }

  /** What to do with one section. */
  enum Choice {
    /** The draft's section stays as it is. */
    KEEP("Keep the draft's"),
    /** The file's section replaces the draft's. */
    REPLACE("Replace with the file's"),
    /**
     * The file's entries are added after the draft's, except those the draft has already; for the
     * basics, the file fills only what the draft leaves empty.
     */
    ADD("Add the file's");

    private final String label;

    Choice(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /** The sections in which the file has something: the only ones worth a choice. */
  static List<Section> offered(Resume file) {
    JsonNode root = CoachJson.mapper().valueToTree(file);
    List<Section> offered = new ArrayList<>();
    for (Section section : Section.values()) {
      JsonNode value = root.get(section.key());
      if (value != null && !value.isNull() && !value.isEmpty()) {
        offered.add(section);
      }
    }
    return offered;
  }

  /**
   * The draft with each section changed as chosen; a section without a choice is kept.
   *
   * @param draft the draft's resume now
   * @param file the file's resume, corrected, without the parser's provenance
   */
  static Resume merge(Resume draft, Resume file, Map<Section, Choice> choices) {
    ObjectNode merged = CoachJson.mapper().valueToTree(draft);
    ObjectNode from = CoachJson.mapper().valueToTree(file);
    for (Section section : Section.values()) {
      Choice choice = choices.getOrDefault(section, Choice.KEEP);
      JsonNode theirs = from.get(section.key());
      if (choice == Choice.KEEP || theirs == null || theirs.isNull()) {
        continue;
      }
      if (choice == Choice.REPLACE) {
        merged.set(section.key(), theirs.deepCopy());
      } else {
        JsonNode ours = merged.get(section.key());
        merged.set(
            section.key(), ours == null || ours.isNull() ? theirs.deepCopy() : add(ours, theirs));
      }
    }
    return CoachJson.mapper().treeToValue(merged, Resume.class);
  }

  /** Lists: the file's items the draft lacks, appended. Objects: the draft's gaps filled. */
  private static JsonNode add(JsonNode ours, JsonNode theirs) {
    if (ours instanceof ArrayNode list && theirs.isArray()) {
      ArrayNode out = list.deepCopy();
      for (JsonNode item : theirs) {
        if (!contains(out, item)) {
          out.add(item.deepCopy());
        }
      }
      return out;
    }
    if (ours instanceof ObjectNode object && theirs.isObject()) {
      ObjectNode out = object.deepCopy();
      for (Map.Entry<String, JsonNode> field : theirs.properties()) {
        JsonNode mine = out.get(field.getKey());
        if (mine == null || mine.isNull() || (mine.isString() && mine.asString().isBlank())) {
          out.set(field.getKey(), field.getValue().deepCopy());
        } else if (mine.isContainer()) {
          out.set(field.getKey(), add(mine, field.getValue()));
        }
      }
      return out;
    }
    return ours;
  }

  private static boolean contains(ArrayNode list, JsonNode item) {
    for (JsonNode each : list) {
      if (each.equals(item)) {
        return true;
      }
    }
    return false;
  }
}
