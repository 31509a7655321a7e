package org.careercoach.server.admin;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.server.users.User;

/**
 * One account as an operator sees it: what it is and how much it keeps, never its content.
 *
 * @param drafts the account's live drafts on the server (tombstones not counted)
 */
record UserDetails(
    UUID id,
    String email,
    String name,
    Set<Role> roles,
    boolean emailVerified,
    boolean disabled,
    Instant createdAt,
    long drafts) {

  static UserDetails of(User user, long drafts) {
    return new UserDetails(
        user.id(),
        user.email(),
        user.name(),
        user.roles(),
        user.emailVerified(),
        user.disabled(),
        user.createdAt(),
        drafts);
  }
}
