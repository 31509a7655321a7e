package org.careercoach.server.drafts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The first answer to each of a user's Idempotency-Keys (ADR 0019). Read and written under the
 * user's sync-state lock, so two requests with one key never both apply.
 */
@Repository
class IdempotencyRecords {

  /** A kept answer and the hash of the request that got it. */
  record Kept(byte[] requestHash, DraftAnswer answer, Instant createdAt) {}

  private final JdbcClient jdbc;

  IdempotencyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Kept> find(UUID owner, String key) {
    return jdbc.sql(
            "select request_hash, status, body, etag, created_at from draft_idempotency"
                + " where owner_id = :owner and key = :key")
        .param("owner", owner)
        .param("key", key)
        .query(
            (rs, n) ->
                new Kept(
                    rs.getBytes("request_hash"),
                    new DraftAnswer(
                        rs.getInt("status"), rs.getString("body"), rs.getString("etag")),
                    rs.getTimestamp("created_at").toInstant()))
        .optional();
  }

  /** Keeps the answer, replacing an expired record of the same key. */
  void keep(UUID owner, String key, byte[] requestHash, DraftAnswer answer, Instant now) {
    jdbc.sql(
            """
            insert into draft_idempotency (owner_id, key, request_hash, status, body, etag,
                                           created_at)
            values (:owner, :key, :hash, :status, :body, :etag, :now)
            on conflict (owner_id, key) do update set
                request_hash = excluded.request_hash, status = excluded.status,
                body = excluded.body, etag = excluded.etag, created_at = excluded.created_at
            """)
        .param("owner", owner)
        .param("key", key)
        .param("hash", requestHash)
        .param("status", answer.status())
        .param("body", answer.body())
        .param("etag", answer.etag())
        .param("now", Timestamp.from(now))
        .update();
  }
}
