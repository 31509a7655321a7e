package org.careercoach.server.drafts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes what sync no longer needs: tombstones and change-log entries older than the tombstone
 * window (each user's latest log entry is kept, so an idle device's cursor stays valid), and
 * idempotency records older than 24 hours. Tombstones and log entries go in one transaction: a
 * cursor still valid can never skip a removed tombstone, since every tombstone after it is newer.
 * One instance at a time (an advisory lock); the SQL is idempotent anyway.
 */
@Component
class DraftPurge {

  /** The advisory lock purging instances take turns with (a constant unique to this use). */
  static final long LOCK = 0x6472616674L; // "draft"

  private static final Logger log = LoggerFactory.getLogger(DraftPurge.class);

  private final JdbcClient jdbc;
  private final DraftsProperties properties;
  private final Clock clock;

  DraftPurge(JdbcClient jdbc, DraftsProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      initialDelayString = "${coach.drafts.purge-every:1h}",
      fixedDelayString = "${coach.drafts.purge-every:1h}")
  void scheduled() {
    purge();
  }

  /** Answers how many rows went (tombstones, log entries, idempotency records). */
  @Transactional
  public long purge() {
    boolean mine =
        Boolean.TRUE.equals(
            jdbc.sql("select pg_try_advisory_xact_lock(:key)")
                .param("key", LOCK)
                .query(Boolean.class)
                .single());
    if (!mine) {
      return 0;
    }
    Instant now = clock.instant();
    Timestamp cutoff = Timestamp.from(now.minus(properties.tombstoneRetention()));
    int tombstones =
        jdbc.sql("delete from drafts where deleted and updated_at < :cutoff")
            .param("cutoff", cutoff)
            .update();
    int entries =
        jdbc.sql(
                """
                delete from draft_log l where l.at < :cutoff
                  and l.seq < (select max(seq) from draft_log m where m.owner_id = l.owner_id)
                """)
            .param("cutoff", cutoff)
            .update();
    int keys =
        jdbc.sql("delete from draft_idempotency where created_at < :cutoff")
            .param("cutoff", Timestamp.from(now.minus(DraftService.IDEMPOTENCY_WINDOW)))
            .update();
    if (tombstones + entries + keys > 0) {
      log.info(
          "Purged {} draft tombstones, {} change-log entries and {} idempotency records",
          tombstones,
          entries,
          keys);
    }
    return (long) tombstones + entries + keys;
  }
}
