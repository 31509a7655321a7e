/**
 * Emails: every message is written to a transactional outbox in the transaction that caused it.
 * Until SendGrid delivery is configured, messages are captured there and readable by admins.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the error answers. Never
 * jobs (nor auth, users or resumes): the features that send mail call the outbox, which knows none
 * of them (ADR 0006).
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.email;

import org.springframework.modulith.ApplicationModule;
