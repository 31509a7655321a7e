package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class OperationsIT {

  @LocalServerPort int port;

  @Test
  void healthShowsTheDatabaseWithoutDetails() {
    Api.Response health = new Api(port).get("/actuator/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body().get("status").asString()).isEqualTo("UP");
    assertThat(health.body().get("components").get("db").get("status").asString()).isEqualTo("UP");
    assertThat(health.body().get("components").get("email").get("status").asString())
        .as("no SENDGRID_API_KEY in this suite: mail is captured")
        .isEqualTo("CAPTURED_ONLY");
    assertThat(health.raw().body()).doesNotContain("jdbc:").doesNotContain("postgres://");
  }

  @Test
  void theOpenApiDocumentDescribesTheAuthApi() {
    Api.Response docs = new Api(port).get("/v3/api-docs", null);

    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.body().get("paths").has("/api/v1/auth/refresh")).isTrue();
    assertThat(docs.body().get("paths").has("/api/v1/me")).isTrue();
  }

  @Test
  void anUnauthenticatedCallIsA401ProblemWithAChallenge() {
    Api.Response response = new Api(port).get("/api/v1/me", null);

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertThat(response.body().get("status").asInt()).isEqualTo(401);
  }
}
