package org.careercoach.server.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.careercoach.server.config.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use tokens sent by email. Stored only as hashes; issuing a new one retires the user's
 * earlier unused ones of the same purpose, so only the latest link works.
 */
@Component
class AccountTokens {

  enum Purpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  AccountTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  String issue(UUID userId, Purpose purpose, Duration lifetime) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            update account_tokens set used_at = :now
            where user_id = :user and purpose = :purpose and used_at is null
            """)
        .param("now", Timestamp.from(now))
        .param("user", userId)
        .param("purpose", purpose.name())
        .update();
    String token = Tokens.random();
    jdbc.sql(
            """
            insert into account_tokens (token_hash, user_id, purpose, created_at, expires_at)
            values (:hash, :user, :purpose, :now, :expires)
            """)
        .param("hash", Tokens.hash(token))
        .param("user", userId)
        .param("purpose", purpose.name())
        .param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(now.plus(lifetime)))
        .update();
    return token;
  }

  /** Uses the token up and answers whose it was; an unknown, used or expired token is a 400. */
  @Transactional
  UUID consume(String token, Purpose purpose) {
    if (!Tokens.plausible(token)) {
      throw invalid(purpose);
    }
    Instant now = clock.instant();
    record Row(UUID userId, Instant expiresAt, boolean used) {}
    Row row =
        jdbc.sql(
                """
                select user_id, expires_at, used_at is not null as used from account_tokens
                where token_hash = :hash and purpose = :purpose for update
                """)
            .param("hash", Tokens.hash(token))
            .param("purpose", purpose.name())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getBoolean("used")))
            .optional()
            .orElseThrow(() -> invalid(purpose));
    if (row.used()) {
      throw invalid(purpose);
    }
    if (!now.isBefore(row.expiresAt())) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "token-expired",
          "Link expired",
          purpose == Purpose.RESET_PASSWORD
              ? "This password-reset link has expired. Ask for a new one."
              : "This verification link has expired. Ask for a new one from the app.");
    }
    jdbc.sql("update account_tokens set used_at = :now where token_hash = :hash")
        .param("now", Timestamp.from(now))
        .param("hash", Tokens.hash(token))
        .update();
    return row.userId();
  }

  /**
   * Ends every unused token of these purposes of the user: after a password change, a reset or a
   * disable, no link sent before may still work.
   */
  @Transactional
  int retire(UUID userId, Set<Purpose> purposes) {
    if (purposes.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            """
            update account_tokens set used_at = :now
            where user_id = :user and purpose in (:purposes) and used_at is null
            """)
        .param("now", Timestamp.from(clock.instant()))
        .param("user", userId)
        .param("purposes", purposes.stream().map(Purpose::name).toList())
        .update();
  }

  /** Those of these tokens (of any purpose) that are unused and unexpired. */
  Set<String> liveAmong(Collection<String> tokens) {
    Map<String, String> byHash = new HashMap<>();
    List<byte[]> hashes = new ArrayList<>();
    for (String token : tokens) {
      if (Tokens.plausible(token)) {
        byte[] hash = Tokens.hash(token);
        byHash.put(HexFormat.of().formatHex(hash), token);
        hashes.add(hash);
      }
    }
    if (hashes.isEmpty()) {
      return Set.of();
    }
    Set<String> live = new HashSet<>();
    jdbc.sql(
            """
            select token_hash from account_tokens
            where token_hash in (:hashes) and used_at is null and expires_at > :now
            """)
        .param("hashes", hashes)
        .param("now", Timestamp.from(clock.instant()))
        .query(byte[].class)
        .list()
        .forEach(hash -> live.add(byHash.get(HexFormat.of().formatHex(hash))));
    return live;
  }

  private static ApiProblem invalid(Purpose purpose) {
    return new ApiProblem(
        HttpStatus.BAD_REQUEST,
        "token-invalid",
        "Invalid link",
        purpose == Purpose.RESET_PASSWORD
            ? "This password-reset link is not valid or was already used. Ask for a new one."
            : "This verification link is not valid or was already used.");
  }
}
