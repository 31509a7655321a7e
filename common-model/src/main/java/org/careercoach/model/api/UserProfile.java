package org.careercoach.model.api;

import java.util.Set;
import java.util.UUID;

/** GET /me: the signed-in account. */
public record UserProfile(
    UUID id, String email, String name, Set<Role> roles, boolean emailVerified) {
  public UserProfile {
    roles = roles == null ? Set.of() : Set.copyOf(roles);
  }
}
