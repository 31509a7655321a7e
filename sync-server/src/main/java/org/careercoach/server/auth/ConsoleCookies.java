package org.careercoach.server.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The admin console's cookies. Each names a session of the {@code sessions} table, so everything
 * that ends sessions (sign-out, disabling the account, a password change, "end this session") ends
 * the console too, on every server instance at once; the cookie itself is 256 random bits kept here
 * only as a hash. A cookie unused for the idle timeout ends its session.
 */
@Component
class ConsoleCookies {

  /** Writes of last use are spaced this far apart: a page view is not a database write. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Sessions sessions;
  private final Duration idleTimeout;

  ConsoleCookies(JdbcClient jdbc, Clock clock, Sessions sessions, ConsoleProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.sessions = sessions;
    this.idleTimeout = properties.idleTimeout();
  }

  /** A new cookie value for this session. */
  String open(UUID sessionId) {
    String token = Tokens.random();
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            insert into console_cookies (token_hash, session_id, created_at, last_used_at)
            values (:hash, :session, :now, :now)
            """)
        .param("hash", Tokens.hash(token))
        .param("session", sessionId)
        .param("now", now)
        .update();
    return token;
  }

  /**
   * The account behind a cookie, while its session is active, its account enabled and it was used
   * within the idle timeout; empty otherwise. A cookie found idle ends its session there and then.
   */
  Optional<Resolved> resolve(String token) {
    if (!Tokens.plausible(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Optional<Row> row =
        jdbc.sql(
                """
                select c.session_id, c.last_used_at, u.id as user_id, u.email, u.name, u.roles
                  from console_cookies c
                  join sessions s on s.id = c.session_id
                  join users u on u.id = s.user_id
                 where c.token_hash = :hash and s.revoked_at is null and s.expires_at > :now
                   and not u.disabled
                """)
            .param("hash", Tokens.hash(token))
            .param("now", Timestamp.from(now))
            .query(
                (rs, n) ->
                    new Row(
                        new ConsoleAccount(
                            rs.getObject("user_id", UUID.class),
                            rs.getObject("session_id", UUID.class),
                            rs.getString("email"),
                            rs.getString("name")),
                        rs.getTimestamp("last_used_at").toInstant(),
                        roles(rs.getArray("roles"))))
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (row.get().lastUsed().plus(idleTimeout).isBefore(now)) {
      sessions.revoke(row.get().account().sessionId(), "console idle");
      return Optional.empty();
    }
    if (row.get().lastUsed().plus(TOUCH_EVERY).isBefore(now)) {
      jdbc.sql("update console_cookies set last_used_at = :now where token_hash = :hash")
          .param("now", Timestamp.from(now))
          .param("hash", Tokens.hash(token))
          .update();
    }
    return Optional.of(new Resolved(row.get().account(), row.get().roles()));
  }

  /** Signs the console out: its session ends (and with it the cookie). */
  void close(String token) {
    if (Tokens.plausible(token)) {
      jdbc.sql("select session_id from console_cookies where token_hash = :hash")
          .param("hash", Tokens.hash(token))
          .query(UUID.class)
          .optional()
          .ifPresent(session -> sessions.revoke(session, "console sign-out"));
    }
  }

  record Resolved(ConsoleAccount account, List<Role> roles) {}

  private record Row(ConsoleAccount account, Instant lastUsed, List<Role> roles) {}

  private static List<Role> roles(java.sql.Array names) throws java.sql.SQLException {
    return Arrays.stream((String[]) names.getArray()).map(Role::valueOf).toList();
  }
}
