package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Education;
import tools.jackson.databind.JsonNode;

/** Education entries: {@link Education}. */
final class EducationKind implements EntryKind<Education> {

  private static final Education BLANK =
      new Education(null, null, null, null, null, null, null, null, null);

  @Override
  public String section() {
    return "Education";
  }

  @Override
  public String id() {
    return "education";
  }

  @Override
  public String noun() {
    return "course of study";
  }

  @Override
  public Fields fields(Education entry) {
    Education e = entry == null ? BLANK : entry;
    return new Fields()
        .text("institution", "Institution", e.institution())
        .text("url", "Website", e.url())
        .text("area", "Area of study", e.area())
        .text("studyType", "Degree or type", e.studyType())
        .date("startDate", "Start date", e.startDate())
        .date("endDate", "End date", e.endDate())
        .text("score", "Score or grade", e.score())
        .lines("courses", "Courses (one per line)", e.courses());
  }

  @Override
  public Education build(Fields f, Map<String, JsonNode> extensions) {
    return new Education(
        f.string("institution"),
        f.string("url"),
        f.string("area"),
        f.string("studyType"),
        f.date("startDate"),
        f.date("endDate"),
        f.string("score"),
        f.lines("courses"),
        extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Education entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "studyType", "area", "institution");
  }
}
