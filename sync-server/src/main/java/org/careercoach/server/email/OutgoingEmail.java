package org.careercoach.server.email;

import java.util.UUID;

/**
 * A rendered message on its way out; {@code userId} ties it to the account that owns it. {@code
 * linkToken}, when set, is the account token inside the message's link: the outbox keeps it apart
 * from the stored bodies and forgets it once the message is sent.
 */
public record OutgoingEmail(
    UUID userId,
    String kind,
    String toAddress,
    String toName,
    String subject,
    String textBody,
    String htmlBody,
    String linkToken) {

  /** A message without a secret link. */
  public OutgoingEmail(
      UUID userId,
      String kind,
      String toAddress,
      String toName,
      String subject,
      String textBody,
      String htmlBody) {
    this(userId, kind, toAddress, toName, subject, textBody, htmlBody, null);
  }

  /** Keeps bodies (which hold links with tokens) out of logs. */
  @Override
  public String toString() {
    return "OutgoingEmail[kind=" + kind + ", userId=" + userId + "]";
  }
}
