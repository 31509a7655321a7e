package org.careercoach.desktop.service.sync;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The resumes of a scenario: a summary and highlight lines, which carry the markers. */
final class Contents {
  private Contents() {}

  static Resume resume(String summary, List<String> lines) {
    ObjectNode root = CoachJson.mapper().createObjectNode();
    ObjectNode basics = root.putObject("basics");
    basics.put("name", "Converging Person");
    basics.put("summary", summary);
    ObjectNode job = root.putArray("work").addObject();
    job.put("name", "Acme");
    job.put("position", "Engineer");
    ArrayNode highlights = job.putArray("highlights");
    lines.forEach(highlights::add);
    return CoachJson.mapper().treeToValue(root, Resume.class);
  }

  static String summary(Resume resume) {
    return resume.basics() == null ? null : resume.basics().summary();
  }

  static List<String> lines(Resume resume) {
    if (resume.work() == null || resume.work().isEmpty()) {
      return List.of();
    }
    List<String> lines = resume.work().get(0).highlights();
    return lines == null ? List.of() : lines;
  }

  static Resume withLine(Resume resume, String marker) {
    List<String> lines = new ArrayList<>(lines(resume));
    lines.add("Line " + marker);
    return resume(summary(resume), lines);
  }

  static Resume withSummary(Resume resume, String marker) {
    return resume("Summary " + marker, lines(resume));
  }

  /** All the text of a resume, as JSON: where markers are looked for. */
  static String text(Resume resume) {
    return CoachJson.mapper().writeValueAsString(resume);
  }
}
