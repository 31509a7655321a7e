package org.careercoach.server.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Under the {@code prod} profile the server refuses to start on an embedded part or a weak secret,
 * before any bean exists, and says everything that is wrong at once.
 */
class ProductionSafetyCheck implements EnvironmentPostProcessor {

  /** Secrets that appear in examples and tutorials; a deployment that kept one is not secret. */
  private static final Set<String> EXAMPLE_SECRETS =
      Set.of(
          "secret",
          "changeme",
          "change-me",
          "changeit",
          "your-secret-key",
          "your_jwt_secret",
          "your-256-bit-secret",
          "jwt-secret",
          "supersecret",
          "replace-me-with-a-long-random-secret");

  static final int MIN_SECRET_BYTES = 32;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    if (!env.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = problems(env);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The prod profile refuses to start:\n - " + String.join("\n - ", problems));
    }
  }

  static List<String> problems(ConfigurableEnvironment env) {
    List<String> problems = new ArrayList<>();
    if (env.getProperty("spring.datasource.url", "").isBlank()) {
      problems.add("no database: set DATABASE_URL (the embedded PostgreSQL is for local use)");
    }
    if (env.getProperty("coach.redis.host", "").isBlank()) {
      problems.add("no Redis: set REDIS_HOST (the embedded Redis is for local use)");
    }
    if (env.getProperty("coach.storage.bucket", "").isBlank()) {
      problems.add(
          "no file store: set AWS_S3_BUCKET_NAME (the local folder in COACH_DATA_DIR is for local"
              + " use)");
    }
    weakSecret(env.getProperty("coach.auth.jwt-secret", "")).ifPresent(problems::add);
    if (env.getProperty("coach.email.sendgrid-api-key", "").isBlank()) {
      problems.add(
          "no SENDGRID_API_KEY: mail would only be captured, and users could not reset passwords");
    }
    String publicUrl = env.getProperty("coach.public-url", "");
    if (!publicUrl.startsWith("https://")) {
      problems.add("COACH_PUBLIC_URL must be the server's public https:// address (email links)");
    }
    return problems;
  }

  /** Why a JWT secret is too weak for production, if it is. */
  static java.util.Optional<String> weakSecret(String secret) {
    if (secret.isBlank()) {
      return java.util.Optional.of(
          "JWT_SECRET is missing: set at least "
              + MIN_SECRET_BYTES
              + " random bytes, e.g. `openssl rand -base64 48`");
    }
    if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      return java.util.Optional.of(
          "JWT_SECRET is shorter than "
              + MIN_SECRET_BYTES
              + " bytes: use `openssl rand -base64 48`");
    }
    String lower = secret.toLowerCase(Locale.ROOT);
    if (EXAMPLE_SECRETS.stream().anyMatch(lower::contains)
        || secret.chars().distinct().count() < 8) {
      return java.util.Optional.of(
          "JWT_SECRET looks like an example value: use `openssl rand -base64 48`");
    }
    return java.util.Optional.empty();
  }
}
