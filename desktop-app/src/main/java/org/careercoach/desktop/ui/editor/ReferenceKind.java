package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Reference;
import tools.jackson.databind.JsonNode;

/** Reference entries: {@link Reference}. */
final class ReferenceKind implements EntryKind<Reference> {

  private static final Reference BLANK = new Reference(null, null, null);

  @Override
  public String section() {
    return "References";
  }

  @Override
  public String id() {
    return "references";
  }

  @Override
  public String noun() {
    return "reference";
  }

  @Override
  public Fields fields(Reference entry) {
    Reference e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Name", e.name())
        .longText("reference", "Reference", e.reference());
  }

  @Override
  public Reference build(Fields f, Map<String, JsonNode> extensions) {
    return new Reference(f.string("name"), f.string("reference"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Reference entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name");
  }
}
