package org.careercoach.desktop.service.uploads;

/** A resume-file action that could not be done; the message says why and what to do, in words. */
public final class ResumeFilesException extends RuntimeException {

  public ResumeFilesException(String message) {
    super(message);
  }

  public ResumeFilesException(String message, Throwable cause) {
    super(message, cause);
  }
}
