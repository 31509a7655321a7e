package org.careercoach.server.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/**
 * The parts the server relies on, as the dashboard shows them: the same health indicators as {@code
 * /actuator/health}, with their state in words and, when one is in trouble, the problem and its fix
 * as the indicator states them.
 */
@Component
class SystemHealth {

  /** One part: its state's word and tone (ok, info, warn, bad) and the problem, if any. */
  record Part(String name, String label, String state, String tone, String problem) {

    boolean troubled() {
      return tone.equals("warn") || tone.equals("bad");
    }
  }

  private static final Map<String, String> PARTS =
      Map.of(
          "db", "PostgreSQL",
          "redis", "Redis",
          "storage", "File store",
          "email", "Email (SendGrid)");

  private static final List<String> ORDER = List.of("db", "redis", "storage", "email");

  private final HealthContributorRegistry registry;

  SystemHealth(HealthContributorRegistry registry) {
    this.registry = registry;
  }

  List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    for (String name : ORDER) {
      HealthContributor contributor = registry.getContributor(name);
      if (contributor instanceof HealthIndicator indicator) {
        parts.add(part(name, indicator));
      }
    }
    return parts;
  }

  private static Part part(String name, HealthIndicator indicator) {
    Health health;
    try {
      health = indicator.health(true);
    } catch (RuntimeException e) {
      return new Part(name, PARTS.get(name), "down", "bad", e.getMessage());
    }
    String status = health.getStatus().getCode();
    Object problem = firstOf(health.getDetails(), "problem", "lastError", "error");
    return switch (status) {
      case "UP" -> new Part(name, PARTS.get(name), "working", "ok", null);
      case "CAPTURED_ONLY" ->
          new Part(
              name,
              PARTS.get(name),
              "capturing only",
              "info",
              "No SENDGRID_API_KEY: mail is kept here, not sent. Read it under Mail.");
      case "FAILING" ->
          new Part(name, PARTS.get(name), "failing", "warn", problem == null ? null : "" + problem);
      default ->
          new Part(
              name,
              PARTS.get(name),
              status.toLowerCase(Locale.ROOT).replace('_', ' '),
              "bad",
              problem == null ? null : "" + problem);
    };
  }

  private static Object firstOf(Map<String, Object> details, String... keys) {
    for (String key : keys) {
      if (details.get(key) != null) {
        return details.get(key);
      }
    }
    return null;
  }
}
