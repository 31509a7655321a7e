package org.careercoach.server.email;

import java.util.UUID;

/** A rendered message on its way out; {@code userId} ties it to the account that owns it. */
public record OutgoingEmail(
    UUID userId,
    String kind,
    String toAddress,
    String toName,
    String subject,
    String textBody,
    String htmlBody) {

  /** Keeps bodies (which hold links with tokens) out of logs. */
  @Override
  public String toString() {
    return "OutgoingEmail[kind=" + kind + ", userId=" + userId + "]";
  }
}
