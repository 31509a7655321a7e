package org.careercoach.server.storage;

import org.careercoach.server.config.ApiProblem;
import org.springframework.http.HttpStatus;

/**
 * A store failure the operator can act on: the message names the action, the bucket or folder and
 * what to change. Answered as 502 (the store is a service behind us) or 503 when passing.
 */
public class StorageException extends ApiProblem {

  public StorageException(boolean passing, String type, String detail, Throwable cause) {
    super(
        passing ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
        type,
        passing ? "File store unavailable" : "File store refused",
        detail,
        cause);
  }
}
