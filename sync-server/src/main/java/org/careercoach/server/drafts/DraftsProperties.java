package org.careercoach.server.drafts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The drafts feature's settings ({@code COACH_DRAFTS_PER_USER}, {@code COACH_DRAFT_TOMBSTONE_DAYS},
 * {@code COACH_DRAFT_MAX_BODY}, {@code COACH_DRAFT_PURGE_EVERY}).
 *
 * @param perUser live drafts one account may keep (tombstones do not count)
 * @param tombstoneDays days tombstones and change-log entries are kept at least; a cursor older
 *     than that is 410
 * @param maxBody the largest PUT body
 * @param purgeEvery how often old tombstones, log entries and idempotency records are removed
 */
@ConfigurationProperties("coach.drafts")
record DraftsProperties(
    @DefaultValue("2000") int perUser,
    @DefaultValue("90") int tombstoneDays,
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("1h") Duration purgeEvery) {

  DraftsProperties {
    if (perUser < 1) {
      throw new IllegalArgumentException("coach.drafts.per-user must be 1 or more");
    }
    if (tombstoneDays < 1) {
      throw new IllegalArgumentException("coach.drafts.tombstone-days must be 1 or more");
    }
    if (maxBody == null || maxBody.toBytes() < 1024) {
      throw new IllegalArgumentException("coach.drafts.max-body must be at least 1KB");
    }
    if (purgeEvery == null || purgeEvery.isNegative() || purgeEvery.isZero()) {
      throw new IllegalArgumentException("coach.drafts.purge-every must be more than 0");
    }
  }

  Duration tombstoneRetention() {
    return Duration.ofDays(tombstoneDays);
  }
}
