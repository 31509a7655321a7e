package org.careercoach.server.users;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.model.api.UserProfile;

/** An account as other features see it: never its password hash. */
public record User(
    UUID id,
    String email,
    String name,
    Set<Role> roles,
    boolean emailVerified,
    boolean disabled,
    Instant createdAt) {

  public User {
    roles = Set.copyOf(roles);
  }

  public UserProfile profile() {
    return new UserProfile(id, email, name, roles, emailVerified);
  }
}
