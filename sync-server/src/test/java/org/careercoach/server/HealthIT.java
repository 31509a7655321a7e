package org.careercoach.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@ServerIT
class HealthIT {

  @LocalServerPort int port;

  @Autowired JsonMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthAnswersUp() throws Exception {
    HttpResponse<String> response = get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"UP\"");
  }

  @Test
  void anUnknownApiPathWithoutATokenAnswersProblemJsonWithoutInternals() throws Exception {
    HttpResponse<String> response = get("/api/v1/nothing-here");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("trace");
  }

  @Test
  void theServerUsesTheSharedStrictJsonSettings() {
    assertThatThrownBy(() -> json.readValue("{\"size\":\"12\"}", ResumeFile.class))
        .isInstanceOf(JacksonException.class);
    assertThat(json.tokenStreamFactory().streamReadConstraints().getMaxStringLength())
        .isEqualTo(CoachJson.MAX_STRING_LENGTH);
  }

  private HttpResponse<String> get(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
