package org.careercoach.server.email;

import java.time.Duration;

/** What became of one attempt to hand a message to the mail provider. */
sealed interface Delivery {

  /** The provider took the message. */
  record Accepted(String providerMessageId) implements Delivery {}

  /** A passing failure: try again, not before {@code retryAfter} when the provider said so. */
  record Retry(String reason, Duration retryAfter) implements Delivery {}

  /** The provider will never take this message as it is; the reason says what to fix. */
  record Refused(String reason) implements Delivery {}
}
