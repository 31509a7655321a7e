package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Publication;
import tools.jackson.databind.JsonNode;

/** Publication entries: {@link Publication}. */
final class PublicationKind implements EntryKind<Publication> {

  private static final Publication BLANK = new Publication(null, null, null, null, null, null);

  @Override
  public String section() {
    return "Publications";
  }

  @Override
  public String id() {
    return "publications";
  }

  @Override
  public String noun() {
    return "publication";
  }

  @Override
  public Fields fields(Publication entry) {
    Publication e = entry == null ? BLANK : entry;
    return new Fields()
        .text("name", "Title", e.name())
        .text("publisher", "Publisher", e.publisher())
        .date("releaseDate", "Release date", e.releaseDate())
        .text("url", "Address (URL)", e.url())
        .longText("summary", "Summary", e.summary());
  }

  @Override
  public Publication build(Fields f, Map<String, JsonNode> extensions) {
    return new Publication(
        f.string("name"),
        f.string("publisher"),
        f.date("releaseDate"),
        f.string("url"),
        f.string("summary"),
        extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Publication entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "name", "publisher");
  }
}
