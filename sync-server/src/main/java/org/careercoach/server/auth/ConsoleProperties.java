package org.careercoach.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin console's sign-in.
 *
 * @param idleTimeout {@code COACH_CONSOLE_IDLE_TIMEOUT}: a console left unused this long is signed
 *     out (its session ends)
 */
@ConfigurationProperties("coach.console")
public record ConsoleProperties(@DefaultValue("30m") Duration idleTimeout) {

  public ConsoleProperties {
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("COACH_CONSOLE_IDLE_TIMEOUT must be a positive duration");
    }
  }
}
