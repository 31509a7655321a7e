package org.careercoach.server.jobs;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.careercoach.server.redis.SharedBuckets;
import org.springframework.stereotype.Component;

/**
 * The jobs-per-period limit that all workers of all processes share: one token bucket in Redis,
 * refilled evenly, whose capacity is the limit (so a burst after a quiet spell is one period's
 * worth, never more).
 */
@Component
class JobRateLimiter {

  private static final String KEY = "coach:rate:parse-jobs";
  private static final Duration REDIS_DOWN_PAUSE = Duration.ofSeconds(1);

  private final JobProperties properties;
  private final SharedBuckets buckets;

  JobRateLimiter(JobProperties properties, SharedBuckets buckets) {
    this.properties = properties;
    this.buckets = buckets;
  }

  /**
   * Waits for the right to start one job; false when {@code keepWaiting} turned false first (the
   * worker is stopping).
   */
  boolean acquire(BooleanSupplier keepWaiting) throws InterruptedException {
    if (properties.rateLimit() <= 0) {
      return true;
    }
    while (keepWaiting.getAsBoolean()) {
      Optional<ConsumptionProbe> probe = buckets.tryConsume(KEY, 1, this::configuration);
      if (probe.isPresent() && probe.get().isConsumed()) {
        return true;
      }
      long waitNanos =
          probe.map(ConsumptionProbe::getNanosToWaitForRefill).orElse(REDIS_DOWN_PAUSE.toNanos());
      Thread.sleep(Math.max(1, Math.min(Duration.ofSeconds(1).toMillis(), waitNanos / 1_000_000)));
    }
    return false;
  }

  private BucketConfiguration configuration() {
    return BucketConfiguration.builder()
        .addLimit(
            limit ->
                limit
                    .capacity(properties.rateLimit())
                    .refillGreedy(properties.rateLimit(), properties.ratePeriod()))
        .build();
  }
}
