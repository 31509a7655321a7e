package org.careercoach.server.config;

import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server reads and writes JSON exactly as the desktop app does: with {@link CoachJson}'s limits
 * and strictness, plus whatever Spring Boot adds (problem-details support, properties).
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  /**
   * Replaces Boot's builder only to start from our factory, whose read limits cannot be set on a
   * builder afterwards; every customizer still applies, ours first.
   */
  @Bean
  @Scope("prototype")
  JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
    JsonMapper.Builder builder = JsonMapper.builder(CoachJson.jsonFactory());
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  @Bean
  @Order(0)
  JsonMapperBuilderCustomizer coachJsonSettings() {
    return CoachJson::configure;
  }
}
