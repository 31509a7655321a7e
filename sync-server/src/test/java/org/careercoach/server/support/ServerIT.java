package org.careercoach.server.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one server configuration every integration test shares, so Spring starts one context (and one
 * embedded PostgreSQL) for the whole suite. Tests isolate themselves by creating their own
 * accounts, never by a context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "coach.data-dir=${java.io.tmpdir}/career-coach-it/${random.uuid}",
      "coach.public-url=https://coach.example.test",
      "coach.auth.jwt-secret=" + ServerIT.JWT_SECRET,
      "coach.admin.email=" + ServerIT.ADMIN_EMAIL,
      "coach.admin.password=" + ServerIT.ADMIN_PASSWORD,
      "coach.rate-limit.login-per-address.capacity=100000",
      "coach.rate-limit.login-per-address.period=1m",
      "coach.rate-limit.register-per-address.capacity=100000",
      "coach.rate-limit.register-per-address.period=1m",
      "coach.rate-limit.refresh-per-address.capacity=100000",
      "coach.rate-limit.refresh-per-address.period=1m",
      "coach.rate-limit.reset-per-address.capacity=100000",
      "coach.rate-limit.reset-per-address.period=1m",
      "coach.rate-limit.verification-resend-per-address.capacity=100000",
      "coach.rate-limit.verification-resend-per-address.period=1m",
      "coach.rate-limit.login-per-account.capacity=5",
      "coach.rate-limit.login-per-account.period=10s",
      "logging.level.security=DEBUG",
      "coach.jobs.rate-limit=0",
      "coach.jobs.backoff=300ms",
      "coach.jobs.visibility-timeout=3s",
      "coach.jobs.shutdown-grace=2s",
      "coach.jobs.dispatch-every=200ms",
      "coach.jobs.reconcile-every=1h",
      // AlertMonitorIT drives the alert monitor itself; the schedule would race it.
      "coach.alerts.check-every=1h",
      // Well above what any test uploads; UploadLimitsIT brings one account to these limits.
      "coach.uploads.per-hour=200",
      "coach.uploads.storage-quota=1GB",
      // DraftLimitIT brings one account to this limit; the others stay far below it.
      "coach.drafts.per-user=40"
    })
@Import({TestClock.Configuration.class, TestJobs.Configuration.class})
@ContextConfiguration(initializers = {TestRedis.Initializer.class, TestModel.Initializer.class})
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface ServerIT {
  String JWT_SECRET = "it-only-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
  String ADMIN_EMAIL = "admin@it.example";
  String ADMIN_PASSWORD = "operator owns this password 42";
}
