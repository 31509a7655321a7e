package org.careercoach.server.resumes;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.SharedBuckets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Per-account upload limits, so that one account cannot crowd out the others: uploads and "read
 * again" requests per hour (token buckets in Redis, shared by every instance) and bytes stored
 * (counted in the database). With Redis down the hourly limit lets uploads through, as uploads keep
 * working then (ADR 0008); the storage quota always holds.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
class UploadLimits {

  private static final Logger log = LoggerFactory.getLogger(UploadLimits.class);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final String UPLOADS = "coach:rate:uploads:";
  private static final String REPARSES = "coach:rate:reparses:";

  private final UploadProperties properties;
  private final SharedBuckets buckets;

  UploadLimits(UploadProperties properties, SharedBuckets buckets) {
    this.properties = properties;
    this.buckets = buckets;
  }

  /** Counts one upload of the owner; 429 with Retry-After once the hour's allowance is used. */
  void countUpload(UUID owner) {
    count(
        UPLOADS + owner,
        properties.perHour(),
        "You have uploaded "
            + properties.perHour()
            + " files within the last hour, the most one account may. You can upload again in ");
  }

  /**
   * Counts one "read again" of the owner's files; 429 with Retry-After once the hour's allowance is
   * used. Like uploads, it lets requests through while Redis is unreachable.
   */
  void countReparse(UUID owner) {
    count(
        REPARSES + owner,
        properties.reparsesPerHour(),
        "You have asked for files to be read again "
            + properties.reparsesPerHour()
            + " times within the last hour, the most one account may. You can ask again in ");
  }

  /**
   * What is left of the owner's uploads this hour, taking none of them; -1 when uploads are
   * unlimited or Redis cannot be asked now.
   */
  int uploadsLeft(UUID owner) {
    if (properties.perHour() == 0) {
      return -1;
    }
    return buckets
        .available(UPLOADS + owner, () -> hourly(properties.perHour()))
        .map(left -> (int) Math.max(0, Math.min(left, properties.perHour())))
        .orElse(-1);
  }

  private void count(String key, int perHour, String refusal) {
    if (perHour == 0) {
      return;
    }
    Optional<ConsumptionProbe> probe = buckets.tryConsume(key, 1, () -> hourly(perHour));
    if (probe.isEmpty()) {
      log.debug("{} not checked: Redis is unreachable", key.substring(0, key.lastIndexOf(':')));
      return;
    }
    if (!probe.get().isConsumed()) {
      Duration wait = Duration.ofNanos(probe.get().getNanosToWaitForRefill());
      throw ApiProblem.tooManyRequests(refusal + inWords(wait) + ".", wait);
    }
  }

  /** 413 naming the quota and the use when {@code adding} more bytes would pass the quota. */
  void checkStorage(long used, long adding) {
    long quota = properties.storageQuota().toBytes();
    if (used + adding > quota) {
      throw new ApiProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "storage-quota-exceeded",
          "Storage quota reached",
          "Your resumes use "
              + bytes(used)
              + " of the "
              + bytes(quota)
              + " each account may keep, and this file ("
              + bytes(adding)
              + ") does not fit. Delete resumes you no longer need, then upload it again.");
    }
  }

  private static BucketConfiguration hourly(int perHour) {
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, HOUR))
        .build();
  }

  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }

  private static String inWords(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
