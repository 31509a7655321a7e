/**
 * Emails: every message is written to a transactional outbox in the transaction that caused it.
 * Until SendGrid delivery is configured, messages are captured there and readable by admins.
 */
package org.careercoach.server.email;
