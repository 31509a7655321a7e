package org.careercoach.server.parsing;

/**
 * A document that cannot be parsed, with the reason in words for the user and its {@link Kind}, so
 * that tests and the log can tell an intended defence ({@code TOO_MANY_ENTRIES}) from a parser bug
 * ({@code INTERNAL}) or a hang ({@code TIMEOUT}), which read alike to the user.
 */
public class ParseFailure extends RuntimeException {

  /** Why a document was refused; the user reads the message, never the kind's name. */
  public enum Kind {
    /** Damaged, truncated or not the format it claims to be. */
    UNREADABLE,
    /** A format the parser does not read (Word 97–2003). */
    UNSUPPORTED,
    /** Readable, but with no text (a scan, an empty document). */
    NO_TEXT,
    /** Password-protected or encrypted. */
    ENCRYPTED,
    /** Too many bytes, characters or lines, or a part that expands beyond any real resume. */
    TOO_LARGE,
    /** A zip (DOCX) with more entries than any real document. */
    TOO_MANY_ENTRIES,
    /** A PDF with more pages than any real resume. */
    TOO_MANY_PAGES,
    /** Structures nested deeper than any real document (XML elements, PDF objects). */
    TOO_DEEP,
    /** The parse ran past its time limit and was abandoned. */
    TIMEOUT,
    /** The parse was interrupted (the server is stopping). */
    INTERRUPTED,
    /** The parser itself failed (a bug, or memory ran out): never an intended defence. */
    INTERNAL
  }

  private final Kind kind;

  public ParseFailure(Kind kind, String reason) {
    super(reason, null, false, false);
    this.kind = kind;
  }

  public ParseFailure(Kind kind, String reason, Throwable cause) {
    super(reason, cause, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  @Override
  public String toString() {
    return "ParseFailure[" + kind + "]: " + getMessage();
  }
}
