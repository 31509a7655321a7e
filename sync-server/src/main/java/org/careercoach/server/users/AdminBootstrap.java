package org.careercoach.server.users;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The operator's account: with {@code COACH_ADMIN_EMAIL} and {@code COACH_ADMIN_PASSWORD} set, it
 * exists at start as an enabled admin with that password. No endpoint can make an admin.
 */
@EnableConfigurationProperties(AdminBootstrap.AdminProperties.class)
@Component
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  /** {@code COACH_ADMIN_EMAIL} and {@code COACH_ADMIN_PASSWORD}. */
  @ConfigurationProperties("coach.admin")
  public record AdminProperties(String email, String password) {}

  private final AdminProperties admin;
  private final UserService users;

  AdminBootstrap(AdminProperties admin, UserService users) {
    this.admin = admin;
    this.users = users;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean hasEmail = admin.email() != null && !admin.email().isBlank();
    boolean hasPassword = admin.password() != null && !admin.password().isBlank();
    if (!hasEmail && !hasPassword) {
      return;
    }
    if (hasEmail != hasPassword) {
      throw new IllegalStateException(
          "Set both COACH_ADMIN_EMAIL and COACH_ADMIN_PASSWORD, or neither");
    }
    User user = users.ensureAdmin(admin.email(), admin.password());
    log.info("Admin account ready: {}", user.email());
  }
}
