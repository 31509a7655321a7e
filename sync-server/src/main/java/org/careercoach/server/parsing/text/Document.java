package org.careercoach.server.parsing.text;

import java.util.List;
import org.careercoach.model.api.ParseProvenance.SourcePage;

/**
 * A document as read: its lines in reading order and, for a PDF, the size of each page as shown.
 */
public record Document(List<Line> lines, List<SourcePage> pages) {

  public Document {
    lines = List.copyOf(lines);
    pages = List.copyOf(pages);
  }

  /** A document without pages to show (DOCX, plain text). */
  public static Document of(List<Line> lines) {
    return new Document(lines, List.of());
  }
}
