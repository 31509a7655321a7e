package org.careercoach.model.api;

/**
 * A parse job's state. {@code FAILED}: the document itself cannot be read (a scan, a damaged file),
 * so trying again would not help. {@code DEAD}: the job failed every attempt for another reason and
 * waits in the dead letters until an admin retries it.
 */
public enum JobStatus {
  QUEUED,
  PROCESSING,
  RETRY_SCHEDULED,
  SUCCEEDED,
  FAILED,
  DEAD;

  /** How a resume shows its job's state to its owner. */
  public ResumeStatus resumeStatus() {
    return switch (this) {
      case QUEUED, RETRY_SCHEDULED -> ResumeStatus.QUEUED;
      case PROCESSING -> ResumeStatus.PROCESSING;
      case SUCCEEDED -> ResumeStatus.PARSED;
      case FAILED, DEAD -> ResumeStatus.FAILED;
    };
  }
}
