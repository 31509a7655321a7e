package org.careercoach.desktop.service.store;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How a resume is kept in a row: the project's own JSON (unknown fields kept), plus the plain text
 * the search index holds and the headline the drafts list shows.
 */
final class ResumeJson {

  private ResumeJson() {}

  static String write(Resume resume) {
    return CoachJson.mapper().writeValueAsString(resume);
  }

  static Resume read(String json) {
    try {
      return CoachJson.mapper().readValue(json, Resume.class);
    } catch (JacksonException e) {
      throw new StoreException(
          StoreException.Kind.CORRUPT,
          "A stored resume could not be read back (" + e.getOriginalMessage() + ").",
          e);
    }
  }

  /** Every string of the resume, known fields and unknown alike, one per line. */
  static String searchableText(Resume resume) {
    List<String> parts = new ArrayList<>();
    collect(CoachJson.mapper().valueToTree(resume), parts);
    return String.join("\n", parts);
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node.isString()) {
      into.add(node.asString());
      return;
    }
    for (JsonNode child : node) {
      collect(child, into);
    }
  }

  /** Who and what: the resume's name and label, as far as they are filled in. */
  static String headline(Resume resume) {
    Basics basics = resume.basics();
    if (basics == null) {
      return "";
    }
    String name = basics.name() == null ? "" : basics.name().strip();
    String label = basics.label() == null ? "" : basics.label().strip();
    if (name.isEmpty() || label.isEmpty()) {
      return name + label;
    }
    return name + " — " + label;
  }
}
