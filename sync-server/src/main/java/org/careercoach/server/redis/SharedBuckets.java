package org.careercoach.server.redis;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Token buckets kept in Redis (Bucket4j, compare-and-swap), so a limit holds across every server
 * and worker process. Empty answers mean Redis could not be asked; the caller decides what a limit
 * does then.
 */
@Component
public class SharedBuckets {

  private final Redis redis;
  private volatile ProxyManager<byte[]> buckets;

  public SharedBuckets(Redis redis) {
    this.redis = redis;
  }

  /** Takes {@code tokens} from the bucket {@code key}, created with the configuration if new. */
  public Optional<ConsumptionProbe> tryConsume(
      String key, long tokens, Supplier<BucketConfiguration> configuration) {
    return ask(() -> bucket(key, configuration).tryConsumeAndReturnRemaining(tokens));
  }

  /**
   * The tokens the bucket {@code key} holds now, taking none: what is left of an allowance. A
   * bucket never used yet is full.
   */
  public Optional<Long> available(String key, Supplier<BucketConfiguration> configuration) {
    return ask(() -> bucket(key, configuration).getAvailableTokens());
  }

  private Bucket bucket(String key, Supplier<BucketConfiguration> configuration) {
    return proxies().builder().build(key.getBytes(StandardCharsets.UTF_8), configuration);
  }

  private static <T> Optional<T> ask(Supplier<T> question) {
    try {
      return Optional.of(question.get());
    } catch (RedisException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      // Bucket4j wraps the client's failures in its own exceptions.
      if (hasRedisCause(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private ProxyManager<byte[]> proxies() {
    ProxyManager<byte[]> current = buckets;
    if (current == null) {
      synchronized (this) {
        if (buckets == null) {
          buckets =
              Bucket4jLettuce.casBasedBuilder(redis.binary())
                  .expirationAfterWrite(
                      ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                          Duration.ofMinutes(10)))
                  .build();
        }
        current = buckets;
      }
    }
    return current;
  }

  private static boolean hasRedisCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RedisException) {
        return true;
      }
    }
    return false;
  }
}
