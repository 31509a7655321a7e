package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Work;
import tools.jackson.databind.JsonNode;

/** Job entries: {@link Work}. */
final class WorkKind implements EntryKind<Work> {

  private static final Work BLANK =
      new Work(null, null, null, null, null, null, null, null, null, null);

  @Override
  public String section() {
    return "Work experience";
  }

  @Override
  public String id() {
    return "work";
  }

  @Override
  public String noun() {
    return "job";
  }

  @Override
  public Fields fields(Work entry) {
    Work e = entry == null ? BLANK : entry;
    return new Fields()
        .text("position", "Position", e.position())
        .text("name", "Company", e.name())
        .text("location", "Location", e.location())
        .text("url", "Company website", e.url())
        .date("startDate", "Start date", e.startDate())
        .date("endDate", "End date", e.endDate())
        .longText("description", "Company description", e.description())
        .longText("summary", "Summary", e.summary())
        .lines("highlights", "Highlights (one per line)", e.highlights());
  }

  @Override
  public Work build(Fields f, Map<String, JsonNode> extensions) {
    return new Work(
        f.string("name"),
        f.string("location"),
        f.string("description"),
        f.string("position"),
        f.string("url"),
        f.date("startDate"),
        f.date("endDate"),
        f.string("summary"),
        f.lines("highlights"),
        extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Work entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "position", "name");
  }
}
