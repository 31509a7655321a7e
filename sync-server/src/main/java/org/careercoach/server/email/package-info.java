/**
 * Emails: every message is written to a transactional outbox in the transaction that caused it.
 * Until SendGrid delivery is configured, messages are captured there and readable by admins.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the error answers.
 * resumes: the "resume parsed" mail, queued from its {@code ResumeParsed} event in the transaction
 * that stores the result (ADR 0015). Never jobs, auth or users: the other features that send mail
 * call the outbox, which knows none of them (ADR 0006).
 */
@ApplicationModule(allowedDependencies = {"config", "resumes"})
package org.careercoach.server.email;

import org.springframework.modulith.ApplicationModule;
