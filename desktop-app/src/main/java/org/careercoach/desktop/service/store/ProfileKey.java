package org.careercoach.desktop.service.store;

import java.util.UUID;

/**
 * Whose drafts: the local profile (no account), or one account on one server. The email never names
 * a profile: it can change, and two servers can have the same one.
 *
 * @param server the server's address as the app uses it; null for the local profile
 * @param userId the account's id on that server; null for the local profile
 */
public record ProfileKey(String server, UUID userId) {

  public static final ProfileKey LOCAL = new ProfileKey(null, null);

  public ProfileKey {
    if ((server == null) != (userId == null)) {
      throw new IllegalArgumentException("an account profile needs both the server and the user");
    }
  }

  public static ProfileKey account(String server, UUID userId) {
    return new ProfileKey(server, userId);
  }

  public boolean local() {
    return server == null;
  }
}
