package org.careercoach.server.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Redis is: {@code REDIS_HOST}, {@code REDIS_PORT}, {@code REDIS_PASSWORD}, {@code
 * REDIS_TLS}. No host means an embedded Redis in the data folder.
 */
@ConfigurationProperties("coach.redis")
public record RedisProperties(String host, int port, String password, boolean tls) {

  public RedisProperties {
    if (port <= 0) {
      port = 6379;
    }
  }

  boolean embedded() {
    return host == null || host.isBlank();
  }
}
