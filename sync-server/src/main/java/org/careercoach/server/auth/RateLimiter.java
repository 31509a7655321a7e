package org.careercoach.server.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Locale;
import org.careercoach.server.config.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key, held in a bounded in-memory cache. One instance
 * enforces them; several instances would each allow the limit until Redis backs the buckets.
 */
@Component
class RateLimiter {

  private final RateLimitProperties properties;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(Duration.ofHours(2)).build();

  RateLimiter(RateLimitProperties properties) {
    this.properties = properties;
  }

  /** Takes one request from the bucket of {@code name} and {@code key}, or answers 429. */
  void check(String name, RateLimitProperties.Limit limit, String key) {
    if (!properties.enabled()) {
      return;
    }
    String id = name + '|' + key.toLowerCase(Locale.ROOT);
    Bucket bucket =
        buckets.get(
            id,
            k ->
                Bucket.builder()
                    .addLimit(
                        l ->
                            l.capacity(limit.capacity())
                                .refillGreedy(limit.capacity(), limit.period()))
                    .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      throw ApiProblem.tooManyRequests(
          "Too many attempts. Try again in " + seconds + " seconds.", Duration.ofSeconds(seconds));
    }
  }
}
