package org.careercoach.server.parsing;

/** A document that cannot be parsed, with the reason in words for the user. */
public class ParseFailure extends RuntimeException {

  public ParseFailure(String reason) {
    super(reason, null, false, false);
  }

  public ParseFailure(String reason, Throwable cause) {
    super(reason, cause, false, false);
  }
}
