package org.careercoach.server.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Accepts {@code DATABASE_URL} as the original deployment set it ({@code
 * postgres://user:password@host:5432/db?sslmode=require}) or as a JDBC URL, and turns it into
 * Spring's datasource properties. Spring's own properties, when set, win.
 */
class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    String databaseUrl = env.getProperty("DATABASE_URL", "").strip();
    if (databaseUrl.isEmpty() || env.containsProperty("spring.datasource.url")) {
      return;
    }
    env.getPropertySources()
        .addLast(new MapPropertySource("DATABASE_URL", datasourceProperties(databaseUrl)));
  }

  static Map<String, Object> datasourceProperties(String databaseUrl) {
    Map<String, Object> props = new HashMap<>();
    if (databaseUrl.startsWith("jdbc:")) {
      props.put("spring.datasource.url", databaseUrl);
      return props;
    }
    URI uri;
    try {
      uri = URI.create(databaseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "DATABASE_URL is not a URL: use postgres://user:password@host:5432/database", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme();
    if (!scheme.equals("postgres") && !scheme.equals("postgresql")) {
      throw new IllegalStateException(
          "DATABASE_URL must start with postgres:// or jdbc:postgresql:// (got "
              + (scheme.isEmpty() ? "no scheme" : scheme + "://")
              + ")");
    }
    int port = uri.getPort() == -1 ? 5432 : uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    props.put(
        "spring.datasource.url",
        "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query);
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      props.put("spring.datasource.username", decode(user));
      if (colon >= 0) {
        props.put("spring.datasource.password", decode(userInfo.substring(colon + 1)));
      }
    }
    return props;
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
