package org.careercoach.server.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server as deployed with SendGrid configured, pointed at {@link FakeSendGrid}. Its tests share
 * this one context (a second one beside {@link ServerIT}'s captured-mail default).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "coach.data-dir=${java.io.tmpdir}/career-coach-it/${random.uuid}",
      "coach.public-url=https://coach.example.test",
      "coach.auth.jwt-secret=" + ServerIT.JWT_SECRET,
      "coach.admin.email=" + ServerIT.ADMIN_EMAIL,
      "coach.admin.password=" + ServerIT.ADMIN_PASSWORD,
      "coach.rate-limit.enabled=false",
      "coach.email.sendgrid-api-key=SG.it-key",
      "coach.email.from-email=coach@example.test",
      "coach.email.poll-interval=200ms",
      "coach.email.max-attempts=4",
      "coach.email.read-timeout=2s"
    })
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.ResetAfterEach.class)
public abstract class SendGridServerTest {

  @DynamicPropertySource
  static void sendGrid(DynamicPropertyRegistry registry) {
    registry.add("coach.email.sendgrid-base-url", () -> FakeSendGrid.get().baseUrl());
  }
}
