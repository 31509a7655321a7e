package org.careercoach.desktop.support;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Loaded into the real server's process, never into the tests' (see {@link SyncServer#shiftClock}):
 * moves the server's one {@link Clock} bean forward by {@code COACH_TEST_CLOCK_SHIFT} (an ISO-8601
 * duration), so a test sees what the server does days later (purged tombstones, expired cursors)
 * without waiting for them. Registered as an auto-configuration from a folder on the server's
 * {@code loader.path}; inert without the variable.
 */
public class ShiftedServerClock implements BeanPostProcessor {

  static final String VARIABLE = "COACH_TEST_CLOCK_SHIFT";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    String shift = System.getenv(VARIABLE);
    if (bean instanceof Clock clock && shift != null && !shift.isBlank()) {
      return Clock.offset(clock, Duration.parse(shift));
    }
    return bean;
  }
}
