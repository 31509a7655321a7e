package org.careercoach.server.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Device tokens (OWASP's "device cookie"): a long-lived random token a successful sign-in hands to
 * the client, stored only as a hash and bound to the account. A sign-in presenting a valid one is
 * trusted: others' failures never lock it out. A token that comes with too many wrong passwords was
 * probably stolen, and dies.
 */
@Component
class Devices {

  /** A user keeps at most this many devices; signing in on one more forgets the least used. */
  static final int MAX_PER_USER = 20;

  /** A valid device token of the account it was presented for. */
  record Trusted(UUID id, UUID userId) {}

  private final JdbcClient jdbc;
  private final AuthProperties properties;
  private final Clock clock;

  Devices(JdbcClient jdbc, AuthProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** The device of this token, if it is valid and belongs to the account of {@code email}. */
  Optional<Trusted> trusted(String token, String email) {
    if (!Tokens.plausible(token) || email == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select d.id, d.user_id from devices d join users u on u.id = d.user_id
            where d.token_hash = :hash and u.email = :email and d.expires_at > :now
            """)
        .param("hash", Tokens.hash(token))
        .param("email", email.strip().toLowerCase(Locale.ROOT))
        .param("now", Timestamp.from(clock.instant()))
        .query((rs, n) -> new Trusted(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
        .optional();
  }

  /**
   * Counts a wrong password presented with this device's token; at {@code limit} the token is
   * deleted, so a stolen one buys only that many guesses before the thief is treated as anyone.
   */
  @Transactional
  boolean recordFailure(Trusted device, int limit) {
    Integer failures =
        jdbc.sql(
                "update devices set failed_attempts = failed_attempts + 1 where id = :id"
                    + " returning failed_attempts")
            .param("id", device.id())
            .query(Integer.class)
            .optional()
            .orElse(limit);
    if (failures >= limit) {
      jdbc.sql("delete from devices where id = :id").param("id", device.id()).update();
      return true;
    }
    return false;
  }

  /**
   * A new token for the device after a successful sign-in: the presented device's token is replaced
   * (so a copy taken earlier stops working), or a new device is recorded.
   */
  @Transactional
  String signedIn(UUID userId, Optional<Trusted> presented, String name) {
    Instant now = clock.instant();
    String token = Tokens.random();
    Timestamp expires = Timestamp.from(now.plus(properties.deviceTokenLifetime()));
    int replaced =
        presented
            .filter(d -> d.userId().equals(userId))
            .map(
                d ->
                    jdbc.sql(
                            """
                            update devices set token_hash = :hash, name = coalesce(:name, name),
                                   last_used_at = :now, expires_at = :expires, failed_attempts = 0
                            where id = :id
                            """)
                        .param("hash", Tokens.hash(token))
                        .param("name", name)
                        .param("now", Timestamp.from(now))
                        .param("expires", expires)
                        .param("id", d.id())
                        .update())
            .orElse(0);
    if (replaced == 0) {
      jdbc.sql(
              """
              insert into devices (id, user_id, token_hash, name, created_at, last_used_at, expires_at)
              values (:id, :user, :hash, :name, :now, :now, :expires)
              """)
          .param("id", UUID.randomUUID())
          .param("user", userId)
          .param("hash", Tokens.hash(token))
          .param("name", name)
          .param("now", Timestamp.from(now))
          .param("expires", expires)
          .update();
      jdbc.sql(
              """
              delete from devices where user_id = :user and id not in (
                select id from devices where user_id = :user
                order by last_used_at desc limit :keep)
              """)
          .param("user", userId)
          .param("keep", MAX_PER_USER)
          .update();
    }
    return token;
  }

  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT7M")
  @Transactional
  void purgeExpired() {
    jdbc.sql("delete from devices where expires_at < :now")
        .param("now", Timestamp.from(clock.instant()))
        .update();
  }
}
