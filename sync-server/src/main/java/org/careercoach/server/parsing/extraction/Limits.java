package org.careercoach.server.parsing.extraction;

/** What a resume may cost to read: far above any real one, far below a danger to the server. */
public final class Limits {

  static final int MAX_PAGES = 30;
  static final int MAX_CHARS = 300_000;
  static final int MAX_LINES = 10_000;
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

  /** A PDF's pages' content streams, decoded: a stream bomb's cap (a resume has ~100 KB). */
  static final long MAX_DECODED_PDF_CONTENT_BYTES = 16L * 1024 * 1024;

  private Limits() {}
}
