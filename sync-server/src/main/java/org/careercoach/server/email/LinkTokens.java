package org.careercoach.server.email;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The port through which the outbox asks about the account tokens inside its links. The auth
 * feature, which issues them, implements it; the email feature never reads auth's tables.
 */
public interface LinkTokens {

  /** Those of these tokens that still open their link: unused and unexpired. */
  Set<String> liveAmong(Collection<String> tokens);

  /**
   * A fresh token for a message of this kind to this user, retiring the earlier ones; empty when
   * the link is no longer due (the address was verified meanwhile, the account was disabled or
   * deleted).
   */
  Optional<String> renew(UUID userId, String kind);
}
