package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Language;
import tools.jackson.databind.JsonNode;

/** Language entries: {@link Language}. */
final class LanguageKind implements EntryKind<Language> {

  private static final Language BLANK = new Language(null, null, null);

  @Override
  public String section() {
    return "Languages";
  }

  @Override
  public String id() {
    return "languages";
  }

  @Override
  public String noun() {
    return "language";
  }

  @Override
  public Fields fields(Language entry) {
    Language e = entry == null ? BLANK : entry;
    return new Fields()
        .text("language", "Language", e.language())
        .text("fluency", "Fluency", e.fluency());
  }

  @Override
  public Language build(Fields f, Map<String, JsonNode> extensions) {
    return new Language(f.string("language"), f.string("fluency"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Language entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "language", "fluency");
  }
}
