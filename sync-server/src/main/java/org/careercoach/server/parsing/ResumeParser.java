package org.careercoach.server.parsing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.ai.ModelClient;
import org.careercoach.server.ai.ModelUse;
import org.careercoach.server.parsing.aireader.ModelReader;
import org.careercoach.server.parsing.extraction.DocxExtractor;
import org.careercoach.server.parsing.extraction.Limits;
import org.careercoach.server.parsing.extraction.PdfExtractor;
import org.careercoach.server.parsing.extraction.TxtExtractor;
import org.careercoach.server.parsing.heuristic.HeuristicParser;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Document;
import org.careercoach.server.parsing.text.Line;
import org.careercoach.server.parsing.text.Provenance;

/**
 * Parses a resume file into a JSON Resume with the offline heuristic parser. The format comes from
 * the bytes (a PDF header, a zip for DOCX), falling back to text.
 */
public final class ResumeParser {

  /** The longest a single document may take; far beyond any real resume (tens of ms). */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

  private final Duration timeLimit;
  private final Optional<ModelReader> model;
  private final LineModel lineModel;

  /** The offline heuristic parser alone (with the committed line model). */
  public ResumeParser() {
    this(DEFAULT_TIME_LIMIT, Optional.empty());
  }

  public ResumeParser(Duration timeLimit) {
    this(timeLimit, Optional.empty());
  }

  /**
   * With the model (the ai feature) when given: its reading first, the heuristic one when it fails.
   * The heuristic reader finds sections with the committed line model.
   */
  public ResumeParser(Duration timeLimit, Optional<ModelClient> model) {
    this(timeLimit, model, LineModel.committed());
  }

  /**
   * @param lineModel the line model the heuristic reader finds headings with; empty: its rules
   *     alone
   */
  public ResumeParser(
      Duration timeLimit, Optional<ModelClient> model, Optional<LineModel> lineModel) {
    this.timeLimit = timeLimit;
    this.model = model.map(ModelReader::new);
    this.lineModel = lineModel.orElse(null);
  }

  /** What reading a file sends to {@code model}, for people to see; inactive without a model. */
  public static ModelUse disclosed(Optional<ModelClient> model) {
    return ModelReader.disclosed(model);
  }

  /** Reads and parses a file; a broken, empty or hostile one ends in a {@link ParseFailure}. */
  public Resume parse(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > Limits.MAX_FILE_BYTES) {
        throw new ParseFailure(
            ParseFailure.Kind.TOO_LARGE, "The file is too large to be a resume.");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParseFailure(ParseFailure.Kind.UNREADABLE, "The file cannot be read.", e);
    }
    return parse(bytes, file.getFileName().toString());
  }

  /**
   * Parses a document's bytes: extraction and the heuristic parser within the time limit, then,
   * when configured, Claude on the extracted text (bounded by its own call timeout), whose
   * validated answer wins. A failure says why in words.
   */
  public Resume parse(byte[] bytes, String name) {
    Read read = Watchdog.within(timeLimit, () -> read(bytes, name, lineModel));
    if (model.isEmpty()) {
      return read.heuristic();
    }
    String text = String.join("\n", read.lines().stream().map(Line::text).toList());
    // The model's fields are found in the lines as the heuristic parser's are, so its reading
    // points at the page just the same; what it wrote that the document does not say stays low.
    return model
        .get()
        .parse(text)
        .map(resume -> new Provenance(model.get().name(), 0.8).attachTo(resume, read.document()))
        .orElse(read.heuristic());
  }

  /** What the offline part of a parse yields: the document as read and the heuristic resume. */
  record Read(Document document, Resume heuristic) {
    List<Line> lines() {
      return document.lines();
    }
  }

  /**
   * Extraction and the heuristic parser (with the committed line model) on the calling thread,
   * without a time limit.
   */
  static Read read(byte[] bytes, String name) {
    return read(bytes, name, LineModel.committed().orElse(null));
  }

  private static Read read(byte[] bytes, String name, LineModel lineModel) {
    Document document = extract(bytes, name);
    if (document.lines().stream().allMatch(Line::isBlank)) {
      throw new ParseFailure(ParseFailure.Kind.NO_TEXT, "The document has no text to read.");
    }
    return new Read(document, HeuristicParser.parse(document, lineModel));
  }

  static Document extract(byte[] bytes, String name) {
    if (startsWith(bytes, "%PDF-")
        || indexOf(bytes, "%PDF-") >= 0 && indexOf(bytes, "%PDF-") < 1024) {
      return PdfExtractor.read(bytes);
    }
    if (startsWith(bytes, "PK")) {
      return Document.of(DocxExtractor.extract(bytes));
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".doc")) {
      throw new ParseFailure(
          ParseFailure.Kind.UNSUPPORTED,
          "Word 97–2003 documents (.doc) are not supported: save as .docx or PDF.");
    }
    return Document.of(TxtExtractor.extract(bytes));
  }

  private static boolean startsWith(byte[] bytes, String magic) {
    return indexOf(bytes, magic) == 0;
  }

  private static int indexOf(byte[] bytes, String magic) {
    outer:
    for (int i = 0; i + magic.length() <= Math.min(bytes.length, 1024 + magic.length()); i++) {
      for (int j = 0; j < magic.length(); j++) {
        if (bytes[i + j] != (byte) magic.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
