package org.careercoach.server.admin;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.server.users.User;

/** An account as the admin console lists it. */
record AdminUser(
    UUID id,
    String email,
    String name,
    Set<Role> roles,
    boolean emailVerified,
    boolean disabled,
    Instant createdAt) {

  static AdminUser of(User user) {
    return new AdminUser(
        user.id(),
        user.email(),
        user.name(),
        user.roles(),
        user.emailVerified(),
        user.disabled(),
        user.createdAt());
  }
}
