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
 * Per-account upload limits, so that one account cannot crowd out the others: uploads per hour (a
 * token bucket in Redis, shared by every instance) and bytes stored (counted in the database). With
 * Redis down the hourly limit lets uploads through, as uploads keep working then (ADR 0008); the
 * storage quota always holds.
 */
@Component
@EnableConfigurationProperties(UploadProperties.class)
class UploadLimits {

  private static final Logger log = LoggerFactory.getLogger(UploadLimits.class);
  private static final Duration HOUR = Duration.ofHours(1);

  private final UploadProperties properties;
  private final SharedBuckets buckets;

  UploadLimits(UploadProperties properties, SharedBuckets buckets) {
    this.properties = properties;
    this.buckets = buckets;
  }

  /** Counts one upload of the owner; 429 with Retry-After once the hour's allowance is used. */
  void countUpload(UUID owner) {
    if (properties.perHour() == 0) {
      return;
    }
    Optional<ConsumptionProbe> probe =
        buckets.tryConsume("coach:rate:uploads:" + owner, 1, this::hourly);
    if (probe.isEmpty()) {
      log.debug("upload limit not checked: Redis is unreachable");
      return;
    }
    if (!probe.get().isConsumed()) {
      Duration wait = Duration.ofNanos(probe.get().getNanosToWaitForRefill());
      throw ApiProblem.tooManyRequests(
          "You have uploaded "
              + properties.perHour()
              + " files within the last hour, the most one account may. You can upload again in "
              + inWords(wait)
              + ".",
          wait);
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

  private BucketConfiguration hourly() {
    return BucketConfiguration.builder()
        .addLimit(
            limit -> limit.capacity(properties.perHour()).refillGreedy(properties.perHour(), HOUR))
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
