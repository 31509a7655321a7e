package org.careercoach.server.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.Role;
import org.careercoach.model.api.SessionInfo;
import org.careercoach.server.events.SessionCheck;
import org.careercoach.server.events.SessionStreams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sessions and their refresh tokens. A session starts at sign-in; each refresh exchanges the
 * current token for its successor. Presenting a token that was already exchanged is either a
 * harmless retry (within the grace window, successor unused: the same successor again) or theft
 * (the whole session ends), as RFC 9700 section 4.14.2 describes. However a session ends, its open
 * event streams close once the change commits, on every instance.
 */
@Component
class Sessions implements SessionCheck {

  /** A session, its user's roles and the refresh token the client now holds. */
  record Issued(UUID sessionId, UUID userId, Set<Role> roles, String refreshToken) {}

  /** Why a refresh was refused; the client sees one answer for all of them. */
  enum Refusal {
    UNKNOWN,
    EXPIRED,
    SESSION_ENDED,
    REUSED
  }

  /** Thrown by {@link #rotate}; the caller maps it to 401. */
  static final class RefreshRefused extends RuntimeException {
    final Refusal reason;
    final UUID userId;

    RefreshRefused(Refusal reason, UUID userId) {
      super(reason.name(), null, false, false);
      this.reason = reason;
      this.userId = userId;
    }
  }

  private final JdbcClient jdbc;
  private final SigningKeys keys;

  private final AuthProperties properties;
  private final Clock clock;
  private final SessionStreams streams;
  private final ConsoleProperties console;

  Sessions(
      JdbcClient jdbc,
      SigningKeys keys,
      AuthProperties properties,
      Clock clock,
      SessionStreams streams,
      ConsoleProperties console) {
    this.console = console;
    this.jdbc = jdbc;
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
    this.streams = streams;
  }

  @Transactional
  Issued start(UUID userId, Set<Role> roles) {
    return start(userId, roles, null);
  }

  /** Starts a session on the device of this name (null: the client gave none). */
  @Transactional
  Issued start(UUID userId, Set<Role> roles, String deviceName) {
    Instant now = clock.instant();
    UUID sessionId = UUID.randomUUID();
    Instant familyEnd = now.plus(properties.refreshFamilyLifetime());
    jdbc.sql(
            """
            insert into sessions (id, user_id, created_at, expires_at, device_name, last_used_at)
            values (:id, :user, :now, :end, :device, :now)
            """)
        .param("id", sessionId)
        .param("user", userId)
        .param("now", Timestamp.from(now))
        .param("end", Timestamp.from(familyEnd))
        .param("device", deviceName)
        .update();
    String token = Tokens.random();
    insertToken(token, sessionId, now, familyEnd);
    return new Issued(sessionId, userId, roles, token);
  }

  /**
   * Exchanges a refresh token for its successor. The row lock serialises concurrent refreshes of
   * one token, so the second sees the first's successor and gets it too. A reuse revokes the
   * session and must commit, though the caller answers 401: hence no rollback for the refusal.
   */
  @Transactional(noRollbackFor = RefreshRefused.class)
  Issued rotate(String token) {
    if (!Tokens.plausible(token)) {
      throw new RefreshRefused(Refusal.UNKNOWN, null);
    }
    Instant now = clock.instant();
    TokenRow row =
        jdbc.sql(
                """
                select t.session_id, t.expires_at, t.rotated_at, t.successor_hash,
                       s.user_id, s.expires_at as family_end, s.revoked_at,
                       u.roles, u.disabled
                from refresh_tokens t
                join sessions s on s.id = t.session_id
                join users u on u.id = s.user_id
                where t.token_hash = :hash
                for update of t
                """)
            .param("hash", Tokens.hash(token))
            .query(
                (rs, n) ->
                    new TokenRow(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("rotated_at")),
                        rs.getBytes("successor_hash"),
                        rs.getTimestamp("family_end").toInstant(),
                        rs.getTimestamp("revoked_at") != null || rs.getBoolean("disabled"),
                        roles(rs.getArray("roles"))))
            .optional()
            .orElseThrow(() -> new RefreshRefused(Refusal.UNKNOWN, null));
    if (row.revoked) {
      throw new RefreshRefused(Refusal.SESSION_ENDED, row.userId);
    }
    if (!now.isBefore(row.familyEnd)) {
      throw new RefreshRefused(Refusal.EXPIRED, row.userId);
    }
    String successor = Tokens.encode(keys.successorOf(token));
    if (row.rotatedAt == null) {
      if (!now.isBefore(row.expiresAt)) {
        throw new RefreshRefused(Refusal.EXPIRED, row.userId);
      }
      insertToken(successor, row.sessionId, now, row.familyEnd);
      jdbc.sql(
              "update refresh_tokens set rotated_at = :now, successor_hash = :next where token_hash = :hash")
          .param("now", Timestamp.from(now))
          .param("next", Tokens.hash(successor))
          .param("hash", Tokens.hash(token))
          .update();
      touch(row.sessionId, now);
      return new Issued(row.sessionId, row.userId, row.roles, successor);
    }
    if (isHarmlessRetry(row, successor, now)) {
      return new Issued(row.sessionId, row.userId, row.roles, successor);
    }
    revoke(row.sessionId, "refresh token reuse");
    throw new RefreshRefused(Refusal.REUSED, row.userId);
  }

  /** Within the grace window, and the successor this token produced has not been used yet. */
  private boolean isHarmlessRetry(TokenRow row, String successor, Instant now) {
    if (now.isAfter(row.rotatedAt.plus(properties.refreshRetryGrace()))) {
      return false;
    }
    byte[] successorHash = Tokens.hash(successor);
    if (row.successorHash == null || !Arrays.equals(successorHash, row.successorHash)) {
      return false;
    }
    return jdbc.sql("select rotated_at is null from refresh_tokens where token_hash = :hash")
        .param("hash", successorHash)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** Notes the session's last use; at most one write a minute, however often it refreshes. */
  private void touch(UUID sessionId, Instant now) {
    jdbc.sql(
            """
            update sessions set last_used_at = :now
            where id = :id and (last_used_at is null or last_used_at < :since)
            """)
        .param("now", Timestamp.from(now))
        .param("since", Timestamp.from(now.minusSeconds(60)))
        .param("id", sessionId)
        .update();
  }

  /**
   * The user's sessions that can still be used (not ended, and a refresh token still alive), the
   * most recently used first.
   */
  List<SessionInfo> active(UUID userId, UUID current) {
    return jdbc.sql(
            """
            select id, device_name, created_at,
                   greatest(coalesce(last_used_at, created_at),
                            (select max(c.last_used_at) from console_cookies c
                              where c.session_id = s.id)) as last_used
            from sessions s
            where user_id = :user and revoked_at is null and expires_at > :now
              and exists (select 1 from refresh_tokens t
                          where t.session_id = s.id and t.rotated_at is null
                            and t.expires_at > :now)
              -- A console's session ends with its cookie's idle timeout (ConsoleCookies).
              and not exists (select 1 from console_cookies c
                              where c.session_id = s.id and c.last_used_at < :consoleIdle)
            order by last_used desc, created_at desc
            """)
        .param("user", userId)
        .param("now", Timestamp.from(clock.instant()))
        .param("consoleIdle", Timestamp.from(clock.instant().minus(console.idleTimeout())))
        .query(
            (rs, n) -> {
              UUID id = rs.getObject("id", UUID.class);
              return new SessionInfo(
                  id,
                  rs.getString("device_name"),
                  rs.getTimestamp("created_at").toInstant(),
                  rs.getTimestamp("last_used").toInstant(),
                  id.equals(current));
            })
        .list();
  }

  /** When the user's newest session began: their last sign-in. */
  Optional<Instant> lastStarted(UUID userId) {
    return jdbc.sql("select max(created_at) from sessions where user_id = :user")
        .param("user", userId)
        .query((rs, n) -> rs.getTimestamp(1))
        .optional()
        .filter(Objects::nonNull)
        .map(Timestamp::toInstant);
  }

  /** Whether this session is the user's (ended or not); another user's is none of theirs. */
  boolean belongsTo(UUID sessionId, UUID userId) {
    return jdbc.sql("select count(*) from sessions where id = :id and user_id = :user")
            .param("id", sessionId)
            .param("user", userId)
            .query(Long.class)
            .single()
        == 1;
  }

  /** The session a refresh token belongs to, rotated or not. */
  Optional<UUID> sessionOf(String token) {
    if (!Tokens.plausible(token)) {
      return Optional.empty();
    }
    return jdbc.sql("select session_id from refresh_tokens where token_hash = :hash")
        .param("hash", Tokens.hash(token))
        .query(UUID.class)
        .optional();
  }

  /** Whether access tokens of this session still count: not revoked, not expired, user enabled. */
  boolean isActive(UUID sessionId, UUID userId) {
    return jdbc.sql(
                """
            select count(*) from sessions s join users u on u.id = s.user_id
            where s.id = :id and s.user_id = :user and s.revoked_at is null
              and s.expires_at > :now and not u.disabled
            """)
            .param("id", sessionId)
            .param("user", userId)
            .param("now", Timestamp.from(clock.instant()))
            .query(Long.class)
            .single()
        == 1;
  }

  /** Those of these sessions whose access tokens still count (see {@link #isActive}). */
  @Override
  public Set<UUID> activeAmong(Collection<UUID> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                """
                select s.id from sessions s join users u on u.id = s.user_id
                where s.id in (:ids) and s.revoked_at is null
                  and s.expires_at > :now and not u.disabled
                """)
            .param("ids", sessionIds)
            .param("now", Timestamp.from(clock.instant()))
            .query(UUID.class)
            .list());
  }

  @Transactional
  boolean revoke(UUID sessionId, String reason) {
    Optional<UUID> user =
        jdbc.sql(
                """
                update sessions set revoked_at = :now, revoke_reason = :reason
                where id = :id and revoked_at is null
                returning user_id
                """)
            .param("now", Timestamp.from(clock.instant()))
            .param("reason", reason)
            .param("id", sessionId)
            .query(UUID.class)
            .optional();
    user.ifPresent(u -> afterCommit(() -> streams.sessionEnded(u, sessionId)));
    return user.isPresent();
  }

  /** Ends every session of the user, except {@code keep} when it is not null. */
  @Transactional
  int revokeAll(UUID userId, UUID keep, String reason) {
    int ended =
        jdbc.sql(
                """
            update sessions set revoked_at = :now, revoke_reason = :reason
            where user_id = :user and revoked_at is null
              and (cast(:keep as uuid) is null or id <> cast(:keep as uuid))
            """)
            .param("now", Timestamp.from(clock.instant()))
            .param("reason", reason)
            .param("user", userId)
            .param("keep", keep)
            .update();
    // Also when no row changed: a disabled account's kept or already revoked sessions' streams go.
    afterCommit(() -> streams.sessionsEnded(userId, keep));
    return ended;
  }

  /**
   * Runs once the surrounding transaction commits (an outer one, when this joined it), so other
   * instances that check the session see it ended; never for a rollback.
   */
  private static void afterCommit(Runnable action) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      action.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            action.run();
          }
        });
  }

  /** Drops sessions that can no longer be used, a week after they ended. */
  @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT5M")
  @Transactional
  void purgeEnded() {
    Timestamp weekAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(7)));
    jdbc.sql("delete from sessions where expires_at < :cutoff or revoked_at < :cutoff")
        .param("cutoff", weekAgo)
        .update();
  }

  private void insertToken(String token, UUID sessionId, Instant now, Instant familyEnd) {
    Instant idleEnd = now.plus(properties.refreshIdleLifetime());
    jdbc.sql(
            """
            insert into refresh_tokens (token_hash, session_id, created_at, expires_at)
            values (:hash, :session, :now, :expires)
            """)
        .param("hash", Tokens.hash(token))
        .param("session", sessionId)
        .param("now", Timestamp.from(now))
        .param("expires", Timestamp.from(idleEnd.isBefore(familyEnd) ? idleEnd : familyEnd))
        .update();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private record TokenRow(
      UUID sessionId,
      UUID userId,
      Instant expiresAt,
      Instant rotatedAt,
      byte[] successorHash,
      Instant familyEnd,
      boolean revoked,
      Set<Role> roles) {}

  /** The users table's role names; sessions read them so a refresh needs one query, not two. */
  private static Set<Role> roles(java.sql.Array names) throws java.sql.SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : (String[]) names.getArray()) {
      roles.add(Role.valueOf(name));
    }
    return roles;
  }
}
