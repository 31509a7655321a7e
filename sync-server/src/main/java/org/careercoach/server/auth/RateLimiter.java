package org.careercoach.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.SharedBuckets;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key, kept in Redis so a limit holds across every server
 * instance. While Redis cannot be reached, each instance falls back to buckets of its own in
 * memory: limits stay enforced (per instance) and sign-in never fails for want of Redis.
 */
@Component
class RateLimiter {

  private final RateLimitProperties properties;
  private final SharedBuckets shared;
  private final Cache<String, Bucket> local =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(2)).build();

  RateLimiter(RateLimitProperties properties, SharedBuckets shared) {
    this.properties = properties;
    this.shared = shared;
  }

  /** Takes one request from the bucket of {@code name} and {@code key}, or answers 429. */
  void check(String name, RateLimitProperties.Limit limit, String key) {
    if (!properties.enabled()) {
      return;
    }
    // The limit is part of the id: Redis keeps a bucket with the settings it was made with, so
    // a changed limit (or an instance with other settings on the same Redis) gets its own bucket.
    String id =
        "coach:rate:"
            + name
            + ':'
            + limit.capacity()
            + '/'
            + limit.period().toMillis()
            + '|'
            + key.toLowerCase(Locale.ROOT);
    Supplier<BucketConfiguration> configuration =
        () ->
            BucketConfiguration.builder()
                .addLimit(
                    l ->
                        l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .build();
    ConsumptionProbe probe =
        shared
            .tryConsume(id, 1, configuration)
            .orElseGet(
                () ->
                    local
                        .get(
                            id,
                            k ->
                                Bucket.builder()
                                    .addLimit(configuration.get().getBandwidths()[0])
                                    .build())
                        .tryConsumeAndReturnRemaining(1));
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw ApiProblem.tooManyRequests(
          "Too many attempts. Try again in " + seconds + " seconds.", Duration.ofSeconds(seconds));
    }
  }
}
