package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Certificate;
import tools.jackson.databind.JsonNode;

/** Certificate entries: {@link Certificate}. */
final class CertificateKind implements EntryKind<Certificate> {

  private static final Certificate BLANK = new Certificate(null, null, null, null, null);

  @Override
  public String section() {
    return "Certificates";
  }

  @Override
  public String id() {
    return "certificates";
  }

  @Override
  public String noun() {
    return "certificate";
  }

  @Override
  public Fields fields(Certificate entry) {
    Certificate e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Name", e.name())
        .text("issuer", "Issuer", e.issuer())
        .date("date", "Date", e.date())
        .text("url", "Address (URL)", e.url());
  }

  @Override
  public Certificate build(Fields f, Map<String, JsonNode> extensions) {
    return new Certificate(
        f.string("name"), f.date("date"), f.string("url"), f.string("issuer"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Certificate entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name", "issuer");
  }
}
