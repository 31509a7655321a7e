package org.careercoach.model.api;

/** Where an uploaded resume is on its way to a parsed JSON Resume. */
public enum ResumeStatus {
  QUEUED,
  PROCESSING,
  PARSED,
  FAILED
}
