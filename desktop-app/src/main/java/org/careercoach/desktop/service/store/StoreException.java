package org.careercoach.desktop.service.store;

/**
 * A store operation that could not be done, with what went wrong in words a person can act on.
 * Whatever the kind, nothing was changed, and the text on screen must be kept by the caller.
 */
public final class StoreException extends RuntimeException {

  private final Kind kind;

  public StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public StoreException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }

  public enum Kind {
    /** No draft, version or copy with that id in this profile. */
    NOT_FOUND,
    /** The file is damaged; it has been set aside, never deleted. */
    CORRUPT,
    /** Another program holds the database. */
    LOCKED,
    /** The disk is full. */
    DISK_FULL,
    /** The folder or file cannot be written. */
    READ_ONLY,
    /** Any other input or output failure. */
    IO
  }
}
