package org.careercoach.server.drafts;

/**
 * One answer to a draft write, exactly as sent: kept whole so a retry with the same Idempotency-Key
 * gets the same bytes.
 *
 * @param status the HTTP status
 * @param body the JSON body: the stored draft, or a problem carrying the server's copy
 * @param etag the ETag header ({@code "<version>"}), or null
 */
record DraftAnswer(int status, String body, String etag) {

  boolean isProblem() {
    return status >= 400;
  }
}
