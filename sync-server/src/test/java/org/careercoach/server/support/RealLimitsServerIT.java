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
 * The second server context: the real default limits (the shared {@link ServerIT} context raises
 * them), behind a reverse proxy on the loopback address, without job workers, and with the
 * reconciler on a one-second schedule so its scheduled run is seen. Every class with this
 * annotation shares the one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "coach.data-dir=${java.io.tmpdir}/career-coach-it/${random.uuid}",
      "coach.public-url=https://coach.example.test",
      "coach.auth.jwt-secret=" + ServerIT.JWT_SECRET,
      "coach.rate-limit.trusted-proxies=127.0.0.1/32, ::1/128",
      "coach.jobs.workers=false",
      "coach.jobs.dispatch-every=200ms",
      "coach.jobs.reconcile-every=1s"
    })
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = TestRedis.Initializer.class)
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface RealLimitsServerIT {}
