package org.careercoach.model.api;

/**
 * A parse job's state. {@code DEAD} holds a job that failed every attempt until an admin retries
 * it.
 */
public enum JobStatus {
  QUEUED,
  PROCESSING,
  RETRY_SCHEDULED,
  SUCCEEDED,
  DEAD;

  /** How a resume shows its job's state to its owner. */
  public ResumeStatus resumeStatus() {
    return switch (this) {
      case QUEUED, RETRY_SCHEDULED -> ResumeStatus.QUEUED;
      case PROCESSING -> ResumeStatus.PROCESSING;
      case SUCCEEDED -> ResumeStatus.PARSED;
      case DEAD -> ResumeStatus.FAILED;
    };
  }
}
