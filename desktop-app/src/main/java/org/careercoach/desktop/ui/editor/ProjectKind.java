package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Project;
import tools.jackson.databind.JsonNode;

/** Project entries: {@link Project}. */
final class ProjectKind implements EntryKind<Project> {

  private static final Project BLANK =
      new Project(null, null, null, null, null, null, null, null, null, null, null);

  @Override
  public String section() {
    return "Projects";
  }

  @Override
  public String id() {
    return "projects";
  }

  @Override
  public String noun() {
    return "project";
  }

  @Override
  public Fields fields(Project entry) {
    Project e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Name", e.name())
        .text("entity", "Organization", e.entity())
        .text("type", "Type", e.type())
        .text("url", "Address (URL)", e.url())
        .date("startDate", "Start date", e.startDate())
        .date("endDate", "End date", e.endDate())
        .longText("description", "Description", e.description())
        .lines("highlights", "Highlights (one per line)", e.highlights())
        .lines("keywords", "Keywords (one per line)", e.keywords())
        .lines("roles", "Roles (one per line)", e.roles());
  }

  @Override
  public Project build(Fields f, Map<String, JsonNode> extensions) {
    return new Project(
        f.string("name"),
        f.string("description"),
        f.lines("highlights"),
        f.lines("keywords"),
        f.date("startDate"),
        f.date("endDate"),
        f.string("url"),
        f.lines("roles"),
        f.string("entity"),
        f.string("type"),
        extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Project entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name", "entity");
  }
}
