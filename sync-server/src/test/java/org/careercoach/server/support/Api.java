package org.careercoach.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the server under test: real requests over the loopback interface. */
public final class Api {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final JsonMapper json = CoachJson.mapper();
  private final String base;

  public Api(int port) {
    this.base = "http://localhost:" + port;
  }

  /** An answer: status, headers and the body as JSON (null when empty or not JSON). */
  public record Response(int status, HttpResponse<String> raw, JsonNode body) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }

    public TokenPair tokens() {
      return CoachJson.mapper().treeToValue(body, TokenPair.class);
    }
  }

  public Response get(String path, String accessToken) {
    return send(request(path, accessToken).GET());
  }

  public Response post(String path, Object body) {
    return post(path, body, null);
  }

  public Response post(String path, Object body, String accessToken) {
    return send(
        request(path, accessToken).POST(bodyOf(body)).header("Content-Type", "application/json"));
  }

  /** A JSON POST with extra headers, such as a proxy's X-Forwarded-For. */
  public Response post(String path, Object body, String accessToken, Map<String, String> headers) {
    HttpRequest.Builder request =
        request(path, accessToken).POST(bodyOf(body)).header("Content-Type", "application/json");
    headers.forEach(request::header);
    return send(request);
  }

  public Response postRaw(String path, String rawBody) {
    return send(
        request(path, null)
            .POST(HttpRequest.BodyPublishers.ofString(rawBody))
            .header("Content-Type", "application/json"));
  }

  /** A multipart/form-data POST of the given parts. */
  public Response upload(String path, List<Uploads.Part> parts, String accessToken) {
    return send(
        request(path, accessToken)
            .POST(HttpRequest.BodyPublishers.ofByteArray(Uploads.body(parts)))
            .header("Content-Type", "multipart/form-data; boundary=" + Uploads.BOUNDARY));
  }

  /** A GET whose body is read as bytes, not JSON. */
  public HttpResponse<byte[]> getBytes(String path, String accessToken) {
    try {
      return http.send(
          request(path, accessToken).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return java.net.URI.create(base).getPort();
  }

  public Response patch(String path, Object body, String accessToken) {
    return send(
        request(path, accessToken)
            .method("PATCH", bodyOf(body))
            .header("Content-Type", "application/json"));
  }

  public Response delete(String path, Object body, String accessToken) {
    return send(
        request(path, accessToken)
            .method("DELETE", bodyOf(body))
            .header("Content-Type", "application/json"));
  }

  private static volatile TokenPair admin;

  /**
   * An access token of the configured admin, signed in once and reused: signing in for every test
   * would trip the per-account rate limit the suite keeps low on purpose.
   */
  public synchronized String adminToken() {
    if (admin == null || get("/api/v1/me", admin.accessToken()).status() != 200) {
      admin = login(ServerIT.ADMIN_EMAIL, ServerIT.ADMIN_PASSWORD);
    }
    return admin.accessToken();
  }

  /** Registers a new account and answers its tokens. */
  public TokenPair register(String email, String password, String name) {
    Response response =
        post("/api/v1/auth/register", Map.of("email", email, "password", password, "name", name));
    if (response.status() != 201) {
      throw new AssertionError("register failed: " + response.status() + " " + response.body());
    }
    return response.tokens();
  }

  public TokenPair login(String email, String password) {
    Response response = post("/api/v1/auth/login", Map.of("email", email, "password", password));
    if (response.status() != 200) {
      throw new AssertionError("login failed: " + response.status() + " " + response.body());
    }
    return response.tokens();
  }

  public Response refresh(String refreshToken) {
    return post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
  }

  /**
   * The token in the newest captured email of this kind to this address, waiting up to five seconds
   * for mail that is prepared in the background.
   */
  public Optional<String> mailedToken(String adminToken, String email, String kind) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    do {
      JsonNode page = get("/api/v1/admin/emails?size=200", adminToken).body();
      for (JsonNode mail : page.get("items")) {
        if (mail.get("to").asString().equals(email) && mail.get("kind").asString().equals(kind)) {
          Matcher m = TOKEN.matcher(mail.get("textBody").asString());
          if (m.find()) {
            return Optional.of(m.group(1));
          }
        }
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    return Optional.empty();
  }

  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpRequest.Builder request(String path, String accessToken) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (accessToken != null) {
      builder.header("Authorization", "Bearer " + accessToken);
    }
    return builder;
  }

  private HttpRequest.BodyPublisher bodyOf(Object body) {
    return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode body = null;
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (!response.body().isEmpty() && type.contains("json")) {
        body = json.readTree(response.body());
      }
      return new Response(response.statusCode(), response, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
