package org.careercoach.server.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code /actuator/health} component {@code redis}: UP, or FAILING (answered with 200, like a
 * failing email provider) when Redis cannot be reached. Jobs then wait in the database and uploads
 * still work, so a load balancer must not take the instance out of service.
 */
class RedisHealthIndicator implements HealthIndicator {

  static final Status FAILING = new Status("FAILING");

  private final Redis redis;

  RedisHealthIndicator(Redis redis) {
    this.redis = redis;
  }

  @Override
  public Health health() {
    return redis.isUp()
        ? Health.up().build()
        : Health.status(FAILING)
            .withDetail("problem", "Redis is not reachable; jobs wait until it is")
            .build();
  }
}
