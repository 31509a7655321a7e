package org.careercoach.desktop.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.api.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JsonCallsTest {

  private final MockWebServer server = new MockWebServer();
  private JsonCalls calls;

  @BeforeEach
  void start() throws IOException {
    server.start();
    calls =
        new JsonCalls(
            HttpClients.create(),
            ServerAddress.parse(server.url("/").toString()),
            Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fieldErrorsOfAProblemAreKeptAndPutInWords() {
    server.enqueue(
        problem(
            400,
            "{\"title\":\"Invalid request\",\"status\":400,\"errors\":[{\"field\":\"password\","
                + "\"message\":\"must be at least 10 characters\"}]}"));

    assertThatThrownBy(() -> calls.get("api/v1/me", UserProfile.class))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.fieldErrors())
                  .containsExactly(new FieldError("password", "must be at least 10 characters"));
              assertThat(e.getMessage()).isEqualTo("Password must be at least 10 characters.");
            });
  }

  @Test
  void tooManyRequestsSaysHowLongToWait() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "30")
            .addHeader("Content-Type", "application/problem+json")
            .body("{\"title\":\"Too Many Requests\",\"status\":429}")
            .build());

    assertThatThrownBy(() -> calls.get("api/v1/me", UserProfile.class))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
              assertThat(e.getMessage()).isEqualTo("Too many attempts. Try again in 30 seconds.");
            });
  }

  @Test
  void tooManyRequestsKeepsTheServersOwnWords() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "300")
            .addHeader("Content-Type", "application/problem+json")
            .body(
                "{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"You have"
                    + " uploaded 30 files within the last hour. You can upload again in 12"
                    + " minutes.\"}")
            .build());

    assertThatThrownBy(() -> calls.get("api/v1/me", UserProfile.class))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(300));
              assertThat(e.getMessage())
                  .isEqualTo(
                      "You have uploaded 30 files within the last hour. You can upload again in"
                          + " 12 minutes.");
            });
  }

  @Test
  void aServerErrorWithoutDetailsStillReadsAsASentence() {
    server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());

    assertThatThrownBy(() -> calls.get("api/v1/me", UserProfile.class))
        .isInstanceOf(ApiException.class)
        .hasMessage("The server had a problem (502). Try again in a little while.");
  }

  @Test
  void anAnswerThatIsNotTheExpectedJsonIsAnIoFailureNotACrash() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"id\": 12")
            .build());

    assertThatThrownBy(() -> calls.get("api/v1/me", UserProfile.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not be read");
  }

  private static MockResponse problem(int status, String json) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/problem+json")
        .body(json)
        .build();
  }
}
