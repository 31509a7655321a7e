package org.careercoach.server.redis;

import org.careercoach.server.config.CoachProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
class RedisConfiguration {

  @Bean(destroyMethod = "close")
  Redis redis(RedisProperties properties, CoachProperties coach) {
    if (properties.embedded()) {
      EmbeddedRedis embedded = EmbeddedRedis.start(coach.dataDirectory().resolve("redis"));
      return new Redis("127.0.0.1", embedded.port(), null, false, embedded);
    }
    return new Redis(
        properties.host(), properties.port(), properties.password(), properties.tls(), null);
  }

  @Bean
  RedisHealthIndicator redisHealthIndicator(Redis redis) {
    return new RedisHealthIndicator(redis);
  }
}
