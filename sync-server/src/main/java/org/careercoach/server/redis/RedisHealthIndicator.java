package org.careercoach.server.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code /actuator/health} component {@code redis}. Down means jobs wait in the database, uploads
 * still work: the server itself stays up.
 */
class RedisHealthIndicator implements HealthIndicator {

  private final Redis redis;

  RedisHealthIndicator(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Health health() {
    return redis.isUp()
        ? Health.up().build()
        : Health.down()
            .withDetail("problem", "Redis is not reachable; jobs wait until it is")
            .build();
  }
}
