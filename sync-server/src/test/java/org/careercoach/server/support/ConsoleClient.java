package org.careercoach.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The admin console as a browser without a screen: keeps its cookies, follows no redirect (tests
 * read them), and reads the CSRF token a page's forms carry.
 */
public final class ConsoleClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** The cookies, sent as one {@code Cookie} header as browsers do (all are set on /admin). */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  public ConsoleClient(int port) {
    this.base = "http://localhost:" + port;
  }

  public record Page(int status, String body, String location) {}

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** Posts a form; {@code csrf} null sends none. */
  public Page post(String path, Map<String, String> form, String csrf) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The CSRF token the page at {@code path} puts in its forms. */
  public String csrfFrom(String path) {
    Page page = get(path);
    Matcher m = CSRF.matcher(page.body());
    if (!m.find()) {
      throw new AssertionError(path + " (" + page.status() + ") carries no CSRF token");
    }
    return m.group(1);
  }

  /** Signs in through the sign-in form, as a browser would; the answer of the POST. */
  public Page signIn(String email, String password) {
    String csrf = csrfFrom("/admin/sign-in");
    return post("/admin/sign-in", Map.of("email", email, "password", password), csrf);
  }

  /** Presents a cookie this client did not get itself (a stolen or replayed one). */
  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /** The raw {@code Set-Cookie} header of the last answer that set this cookie. */
  public String setCookieHeader(String name) {
    return setCookieHeaders.get(name);
  }

  private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();

  private Page send(HttpRequest.Builder request) {
    try {
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; ")));
      }
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('=')).strip();
        String value = pair.substring(pair.indexOf('=') + 1).strip();
        setCookieHeaders.put(name, set);
        if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return new Page(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
