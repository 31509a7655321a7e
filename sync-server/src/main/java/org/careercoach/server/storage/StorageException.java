package org.careercoach.server.storage;

import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.config.ErrorReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A store failure the operator can act on: the message names the action, the bucket or folder and
 * what to change, for the log and the admins. The client is answered in words with a reference to
 * that log line (never a path, key or bucket): 502 (the store is a service behind us) or 503 when
 * passing.
 */
public class StorageException extends ApiProblem {

  private static final Logger log = LoggerFactory.getLogger(StorageException.class);

  private final String type;
  private final boolean passing;

  public StorageException(boolean passing, String type, String detail, Throwable cause) {
    super(
        passing ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
        type,
        passing ? "File store unavailable" : "File store refused",
        detail,
        cause);
    this.type = type;
    this.passing = passing;
  }

  /**
   * The answer for the client: words and a new reference; the technical detail goes to the log with
   * the same reference.
   */
  @Override
  public ProblemDetail toProblemDetail() {
    String reference = ErrorReference.create();
    log.error(
        "event=storage_failed reference={} type={} problem={}",
        reference,
        type,
        getMessage(),
        getCause());
    ProblemDetail problem = super.toProblemDetail();
    problem.setDetail(forUsers() + " Reference: " + reference + ".");
    problem.setProperty("reference", reference);
    return problem;
  }

  /** What went wrong, for a user who cannot see the server. */
  String forUsers() {
    if (passing) {
      return "The file store is not available right now. Try again in a few minutes.";
    }
    if ("blob-missing".equals(type)) {
      return "The file of this resume is missing on the server. Upload it again.";
    }
    return "The file store refused the file. This is a problem on our side, not with your file;"
        + " the operator can find the cause in the server log.";
  }
}
