package org.careercoach.server.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names the server by {@code COACH_PUBLIC_URL}. Left alone, springdoc writes
 * the request's Host header into {@code servers}, so whoever sends a forged Host gets a document
 * (and a cache entry, behind a caching proxy) pointing clients at their own address.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI careerCoachApi(CoachProperties coach) {
    String base = coach.publicUrl().toString();
    String url = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return new OpenAPI()
        .info(new Info().title("Career Coach sync server").version("v1"))
        .servers(List.of(new Server().url(url).description("this server's public address")));
  }
}
