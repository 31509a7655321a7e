package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Volunteer;
import tools.jackson.databind.JsonNode;

/** Volunteering entries: {@link Volunteer}. */
final class VolunteerKind implements EntryKind<Volunteer> {

  private static final Volunteer BLANK =
      new Volunteer(null, null, null, null, null, null, null, null);

  @Override
  public String section() {
    return "Volunteering";
  }

  @Override
  public String id() {
    return "volunteer";
  }

  @Override
  public String noun() {
    return "volunteer role";
  }

  @Override
  public Fields fields(Volunteer entry) {
    Volunteer e = entry == null ? BLANK : entry;
    return new Fields()
        .text("position", "Position", e.position())
        .text("organization", "Organization", e.organization())
        .text("url", "Website", e.url())
        .date("startDate", "Start date", e.startDate())
        .date("endDate", "End date", e.endDate())
        .longText("summary", "Summary", e.summary())
        .lines("highlights", "Highlights (one per line)", e.highlights());
  }

  @Override
  public Volunteer build(Fields f, Map<String, JsonNode> extensions) {
    return new Volunteer(
        f.string("organization"),
        f.string("position"),
        f.string("url"),
        f.date("startDate"),
        f.date("endDate"),
        f.string("summary"),
        f.lines("highlights"),
        extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Volunteer entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "position", "organization");
  }
}
