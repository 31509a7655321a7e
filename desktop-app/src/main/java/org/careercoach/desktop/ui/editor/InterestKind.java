package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Interest;
import tools.jackson.databind.JsonNode;

/** Interest entries: {@link Interest}. */
final class InterestKind implements EntryKind<Interest> {

  private static final Interest BLANK = new Interest(null, null, null);

  @Override
  public String section() {
    return "Interests";
  }

  @Override
  public String id() {
    return "interests";
  }

  @Override
  public String noun() {
    return "interest";
  }

  @Override
  public Fields fields(Interest entry) {
    Interest e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Interest", e.name())
        .lines("keywords", "Keywords (one per line)", e.keywords());
  }

  @Override
  public Interest build(Fields f, Map<String, JsonNode> extensions) {
    return new Interest(f.string("name"), f.lines("keywords"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Interest entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name");
  }
}
