package org.careercoach.server.ai;

/** The provider refused, or its stream broke: the words say which, for the person and the log. */
public final class ModelException extends RuntimeException {

  /** What went wrong, for the caller's answer. */
  public enum Kind {
    /** Rate limited or overloaded even after the SDK's retries: try again later. */
    BUSY,
    /** The reply's stream broke after it started. */
    CUT,
    /** Anything else: a refused key, a bad request, no connection. */
    FAILED
  }

  private final Kind kind;

  public ModelException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
