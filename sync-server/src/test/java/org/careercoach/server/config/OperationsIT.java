package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class OperationsIT {

  @LocalServerPort int port;

  @Test
  void anonymousCallersGetTheHealthStatusAlone() {
    Api api = new Api(port);
    Api.Response anonymous = api.get("/actuator/health", null);
    Api.Response user =
        api.get(
            "/actuator/health",
            api.register(Accounts.email("health"), Accounts.PASSWORD, "Hale").accessToken());

    for (Api.Response health : java.util.List.of(anonymous, user)) {
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.body().get("status").asString()).isEqualTo("UP");
      // The probe groups' names (liveness, readiness) are all else an outsider learns.
      assertThat(health.body().propertyNames()).containsOnly("status", "groups");
      assertThat(health.raw().body()).doesNotContain("components").doesNotContain("details");
    }
  }

  @Test
  void adminsSeeEveryComponentWithoutConnectionStrings() {
    Api api = new Api(port);
    Api.Response health = api.get("/actuator/health", api.adminToken());

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
  void theOpenApiDocumentNamesThePublicAddressNotTheRequestsHost() throws Exception {
    String answer;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket
          .getOutputStream()
          .write(
              ("GET /v3/api-docs HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(answer).startsWith("HTTP/1.1 200");
    assertThat(answer).doesNotContain("attacker.example");
    Api.Response docs = new Api(port).get("/v3/api-docs", null);
    assertThat(docs.body().at("/servers/0/url").asString()).isEqualTo("https://coach.example.test");
    assertThat(docs.body().get("servers").size()).isEqualTo(1);
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
