package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Skill;
import tools.jackson.databind.JsonNode;

/** Skill entries: {@link Skill}. */
final class SkillKind implements EntryKind<Skill> {

  private static final Skill BLANK = new Skill(null, null, null, null);

  @Override
  public String section() {
    return "Skills";
  }

  @Override
  public String id() {
    return "skills";
  }

  @Override
  public String noun() {
    return "skill";
  }

  @Override
  public Fields fields(Skill entry) {
    Skill e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Skill", e.name())
        .text("level", "Level", e.level())
        .lines("keywords", "Keywords (one per line)", e.keywords());
  }

  @Override
  public Skill build(Fields f, Map<String, JsonNode> extensions) {
    return new Skill(f.string("name"), f.string("level"), f.lines("keywords"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Skill entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name", "level");
  }
}
