package org.careercoach.server.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.careercoach.server.support.ServerIT;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V6 on an outbox written before it: unsent mail keeps its token apart from the bodies,
 * sent and failed mail forgets it. Runs the migrations into a schema of its own.
 */
@ServerIT
class LinkTokenMigrationIT {

  static final String SCHEMA = "v6_migration_it";
  static final String TOKEN = "Zq3_kT-9vX2bY7wP4mN8rL1sD6fH0jG5cA2eU4iO9tQ";

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void dropSchema() {
    jdbc.sql("drop schema if exists " + SCHEMA + " cascade").update();
  }

  @Test
  void unsentMailKeepsItsTokenApartAndSentMailForgetsIt() {
    migrate("5");
    UUID user = UUID.randomUUID();
    jdbc.sql(
            "insert into "
                + SCHEMA
                + ".users (id, email, name, password_hash, created_at, updated_at)"
                + " values (:id, 'old@it.example', 'Old', 'x', now(), now())")
        .param("id", user)
        .update();
    UUID captured = insert(user, "CAPTURED", "PASSWORD_RESET");
    UUID sent = insert(user, "SENT", "WELCOME");
    UUID failed = insert(user, "FAILED", "VERIFY_EMAIL");
    UUID parsed = insert(user, "SENT", "RESUME_PARSED");

    migrate("6");

    Map<String, Object> kept = row(captured);
    assertThat(kept.get("link_token")).isEqualTo(TOKEN);
    assertThat(kept.get("has_link")).isEqualTo(true);
    assertThat((String) kept.get("text_body"))
        .doesNotContain(TOKEN)
        .contains("token=" + LinkSlot.SLOT);
    assertThat(LinkSlot.fill((String) kept.get("html_body"), TOKEN)).isEqualTo(body("html", TOKEN));
    for (UUID forgotten : new UUID[] {sent, failed}) {
      Map<String, Object> row = row(forgotten);
      assertThat(row.get("link_token")).isNull();
      assertThat(row.get("has_link")).isEqualTo(true);
      assertThat(row.values()).noneMatch(v -> String.valueOf(v).contains(TOKEN));
      assertThat(LinkSlot.fill((String) row.get("text_body"), null)).contains("token=********");
    }
    assertThat(row(parsed).get("text_body"))
        .as("no link: left as it was")
        .isEqualTo(body("text", TOKEN));
    assertThat(row(parsed).get("has_link")).isEqualTo(false);
  }

  private void migrate(String version) {
    Flyway.configure()
        .dataSource(dataSource)
        .schemas(SCHEMA)
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  private UUID insert(UUID user, String status, String kind) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into "
                + SCHEMA
                + ".email_outbox (id, user_id, kind, to_address, subject, text_body, html_body,"
                + " status, created_at, updated_at, next_attempt_at)"
                + " values (:id, :user, :kind, 'old@it.example', 'Hi', :text, :html, :status,"
                + " :now, :now, :now)")
        .param("id", id)
        .param("user", user)
        .param("kind", kind)
        .param("text", body("text", TOKEN))
        .param("html", body("html", TOKEN))
        .param("status", status)
        .param("now", Timestamp.from(Instant.now()))
        .update();
    return id;
  }

  private static String body(String part, String token) {
    String link = "https://coach.example.test/reset-password?token=" + token;
    return part.equals("html")
        ? "<a href=\"" + link + "\">Go</a> <a href=\"" + link + "\">" + link + "</a>"
        : "Open " + link + " within one hour.";
  }

  private Map<String, Object> row(UUID id) {
    return jdbc.sql("select * from " + SCHEMA + ".email_outbox where id = :id")
        .param("id", id)
        .query()
        .singleRow();
  }
}
