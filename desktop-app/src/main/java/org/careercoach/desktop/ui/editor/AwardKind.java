package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Award;
import tools.jackson.databind.JsonNode;

/** Award entries: {@link Award}. */
final class AwardKind implements EntryKind<Award> {

  private static final Award BLANK = new Award(null, null, null, null, null);

  @Override
  public String section() {
    return "Awards";
  }

  @Override
  public String id() {
    return "awards";
  }

  @Override
  public String noun() {
    return "award";
  }

  @Override
  public Fields fields(Award entry) {
    Award e = entry == null ? BLANK : entry;
    return new Fields()
        .text("title", "Title", e.title())
        .text("awarder", "Awarded by", e.awarder())
        .date("date", "Date", e.date())
        .longText("summary", "Summary", e.summary());
  }

  @Override
  public Award build(Fields f, Map<String, JsonNode> extensions) {
    return new Award(
        f.string("title"), f.date("date"), f.string("awarder"), f.string("summary"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Award entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "title", "awarder");
  }
}
