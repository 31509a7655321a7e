/**
 * The operator's console: web pages at {@code /admin} (Thymeleaf, signed in with a console cookie
 * and CSRF tokens, ADMIN only; see auth's ConsoleSecurityConfiguration) and the JSON API under
 * {@code /api/v1/admin}. Every change an admin makes is written to the append-only audit log in the
 * change's own transaction.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): the console reads and steers the
 * features it shows: accounts (users), their sessions and reset mails (auth), the outbox (email),
 * the queue (jobs), the number of drafts (drafts) and of uploads (resumes) an account keeps, and
 * what AI coaching cost each person (coaching).
 */
@ApplicationModule(
    allowedDependencies = {
      "config",
      "users",
      "auth",
      "email",
      "jobs",
      "drafts",
      "resumes",
      "coaching"
    })
package org.careercoach.server.admin;

import org.springframework.modulith.ApplicationModule;
