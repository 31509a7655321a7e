package org.careercoach.server.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.config.OwnerOnlyFiles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
class RedisConfiguration {

  @Bean(destroyMethod = "close")
  Redis redis(RedisProperties properties, CoachProperties coach) {
    if (properties.embedded()) {
      String password = embeddedPassword(coach.dataDirectory().resolve("redis-password"));
      EmbeddedRedis embedded =
          EmbeddedRedis.start(coach.dataDirectory().resolve("redis"), password);
      try {
        return new Redis("127.0.0.1", embedded.port(), password, false, embedded);
      } catch (RuntimeException e) {
        embedded.close();
        throw e;
      }
    }
    return new Redis(
        properties.host(), properties.port(), properties.password(), properties.tls(), null);
  }

  private static String embeddedPassword(Path file) {
    try {
      return OwnerOnlyFiles.secret(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read or create the embedded Redis password " + file, e);
    }
  }

  @Bean
  RedisHealthIndicator redisHealthIndicator(Redis redis) {
    return new RedisHealthIndicator(redis);
  }
}
