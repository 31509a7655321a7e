package org.careercoach.server.email;

import org.careercoach.server.resumes.ResumeParsed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the "resume parsed" email. A plain (synchronous) listener on purpose: it runs in the
 * transaction that stores the parsed resume and marks its job done, so the mail is in the outbox
 * exactly when the result is (ADR 0008); the outbox sends it after the commit.
 */
@Component
class ResumeParsedMail {

  private final EmailOutbox outbox;
  private final EmailTemplates templates;

  ResumeParsedMail(EmailOutbox outbox, EmailTemplates templates) {
    this.outbox = outbox;
    this.templates = templates;
  }

  @EventListener
  void on(ResumeParsed parsed) {
    outbox.enqueue(
        templates.resumeParsed(
            parsed.ownerId(),
            parsed.ownerEmail(),
            parsed.ownerName(),
            parsed.filename(),
            parsed.uploadedAt()));
  }
}
