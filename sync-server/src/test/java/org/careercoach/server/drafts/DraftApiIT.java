package org.careercoach.server.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PUT and DELETE of drafts: versions, conflicts with the server's copy, limits, ownership. */
@ServerIT
class DraftApiIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  Api api;
  DraftClient laptop;
  UUID userId;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    TokenPair tokens = register("laptop", "Ana's laptop");
    laptop = new DraftClient(port, tokens.accessToken());
    userId =
        UUID.fromString(api.get("/api/v1/me", tokens.accessToken()).body().get("id").asString());
  }

  private TokenPair register(String prefix, String device) {
    return api.post(
            "/api/v1/auth/register",
            Map.of(
                "email",
                Accounts.email(prefix),
                "password",
                Accounts.PASSWORD,
                "name",
                "Ana",
                "deviceName",
                device))
        .tokens();
  }

  @Test
  void createThenUpdateAnswersTheStoredDraftWithItsVersionAsETag() {
    UUID id = UUID.randomUUID();

    DraftClient.Answer created = laptop.put(id, null, DraftClient.body("Backend roles"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.etag()).isEqualTo("\"1\"");
    assertThat(created.body().get("id").asString()).isEqualTo(id.toString());
    assertThat(created.body().get("title").asString()).isEqualTo("Backend roles");
    assertThat(created.body().get("resume").get("basics").get("name").asString())
        .isEqualTo("Backend roles");
    assertThat(created.body().get("deleted").asBoolean()).isFalse();
    assertThat(created.body().get("device").asString()).isEqualTo("Ana's laptop");

    DraftClient.Answer updated =
        laptop.put(
            id,
            "\"1\"",
            "{\"title\":\"Backend\",\"resume\":{},\"trashedAt\":\"2026-01-02T03:04:05Z\"}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.etag()).isEqualTo("\"2\"");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.body().get("title").asString()).isEqualTo("Backend");
    assertThat(updated.body().get("trashedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
  }

  @Test
  void aBareNumberInIfMatchIsAcceptedToo() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("One"));

    DraftClient.Answer updated = laptop.put(id, "1", DraftClient.body("Two"));

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.version()).isEqualTo(2);
  }

  @Test
  void aStaleUpdateIs409WithTheServersCopyAndChangesNothing() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("One"));
    laptop.put(id, "\"1\"", DraftClient.body("Two, from the desktop"));

    DraftClient.Answer stale = laptop.put(id, "\"1\"", DraftClient.body("Two, from the laptop"));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.type()).isEqualTo("urn:careercoach:problem:draft-conflict");
    assertThat(stale.etag()).isEqualTo("\"2\"");
    assertThat(stale.serverCopy().get("version").asLong()).isEqualTo(2);
    assertThat(stale.serverCopy().get("title").asString()).isEqualTo("Two, from the desktop");
    assertThat(current(id).get("title").asString()).isEqualTo("Two, from the desktop");
  }

  @Test
  void creatingAnIdThatExistsIs409WithTheServersCopy() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("First"));

    DraftClient.Answer again = laptop.put(id, null, DraftClient.body("Second"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.serverCopy().get("title").asString()).isEqualTo("First");
    assertThat(current(id).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void aDeleteLeavesATombstoneAndCreatingOverItIs409() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("Doomed"));

    DraftClient.Answer deleted = laptop.delete(id, "\"1\"", null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.etag()).isEqualTo("\"2\"");
    assertThat(deleted.body().get("deleted").asBoolean()).isTrue();
    assertThat(deleted.body().has("resume")).as("a tombstone has no content").isFalse();
    DraftClient.Answer create = laptop.put(id, null, DraftClient.body("Doomed"));
    assertThat(create.status()).isEqualTo(409);
    assertThat(create.serverCopy().get("deleted").asBoolean()).isTrue();
  }

  @Test
  void aStaleDeleteIs409AndTheEditSurvives() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("Kept"));
    laptop.put(id, "\"1\"", DraftClient.body("Edited elsewhere"));

    DraftClient.Answer delete = laptop.delete(id, "\"1\"", null);

    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.serverCopy().get("title").asString()).isEqualTo("Edited elsewhere");
    assertThat(current(id).get("deleted").asBoolean()).isFalse();
    assertThat(current(id).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void anEditOverATombstoneBringsTheDraftBack() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("Back"));
    laptop.delete(id, "\"1\"", null);

    DraftClient.Answer revived = laptop.put(id, "\"2\"", DraftClient.body("Back again"));

    assertThat(revived.status()).isEqualTo(200);
    assertThat(revived.version()).isEqualTo(3);
    assertThat(revived.body().get("deleted").asBoolean()).isFalse();
    assertThat(current(id).get("title").asString()).isEqualTo("Back again");
  }

  @Test
  void aDeleteWithoutIfMatchIs428() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("Guarded"));

    DraftClient.Answer delete = laptop.delete(id, null, null);

    assertThat(delete.status()).isEqualTo(428);
    assertThat(delete.type()).isEqualTo("urn:careercoach:problem:precondition-required");
    assertThat(current(id).get("deleted").asBoolean()).isFalse();
  }

  @Test
  void anotherUsersDraftIs404ForEveryWriteAndStaysAsItWas() {
    UUID id = UUID.randomUUID();
    laptop.put(id, null, DraftClient.body("Mine"));
    DraftClient other = new DraftClient(port, register("other", "Mallory's PC").accessToken());

    assertThat(other.put(id, "\"1\"", DraftClient.body("Theirs")).status()).isEqualTo(404);
    assertThat(other.put(id, null, DraftClient.body("Theirs")).status()).isEqualTo(404);
    assertThat(other.delete(id, "\"1\"", null).status()).isEqualTo(404);
    assertThat(other.put(id, null, DraftClient.body("Theirs")).type())
        .isEqualTo("urn:careercoach:problem:draft-not-found");

    assertThat(current(id).get("title").asString()).isEqualTo("Mine");
    assertThat(current(id).get("version").asLong()).isEqualTo(1);
    assertThat(other.changes(null, null).body().get("changes").size()).isZero();
  }

  @Test
  void anUnknownIdIs404ForUpdateAndDelete() {
    assertThat(laptop.put(UUID.randomUUID(), "\"1\"", DraftClient.body("X")).status())
        .isEqualTo(404);
    assertThat(laptop.delete(UUID.randomUUID(), "\"1\"", null).status()).isEqualTo(404);
  }

  @Test
  void anInvalidResumeIs400NamingEveryPathAndStoresNothing() {
    UUID id = UUID.randomUUID();

    DraftClient.Answer refused =
        laptop.put(
            id,
            null,
            DraftClient.body(
                "Bad",
                "{\"basics\":{\"email\":\"not an email\"},\"work\":[{\"startDate\":\"May\"}]}"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body().get("errors").findValuesAsString("field"))
        .contains("resume.basics.email", "resume.work[0].startDate");
    assertThat(rows(id)).isZero();
  }

  @Test
  void aMissingOrLongTitleIs400() {
    DraftClient.Answer untitled = laptop.put(UUID.randomUUID(), null, "{\"resume\":{}}");
    DraftClient.Answer tooLong =
        laptop.put(UUID.randomUUID(), null, DraftClient.body("x".repeat(201), "{}"));

    assertThat(untitled.status()).isEqualTo(400);
    assertThat(untitled.body().get("errors").findValuesAsString("field")).containsExactly("title");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().get("errors").findValuesAsString("field")).containsExactly("title");
    DraftClient.Answer badTrash =
        laptop.put(
            UUID.randomUUID(), null, "{\"title\":\"T\",\"resume\":{},\"trashedAt\":\"yesterday\"}");
    assertThat(badTrash.status()).isEqualTo(400);
    assertThat(badTrash.body().get("errors").findValuesAsString("field"))
        .containsExactly("trashedAt");
    assertThat(laptop.put(UUID.randomUUID(), null, "{not json").status()).isEqualTo(400);
    assertThat(laptop.put(UUID.randomUUID(), "*", DraftClient.body("X")).status()).isEqualTo(400);
    assertThat(laptop.put(UUID.randomUUID(), "\"one\"", DraftClient.body("X")).status())
        .isEqualTo(400);
  }

  @Test
  void aBodyOverOneMegabyteIs413WhetherItsLengthIsDeclaredOrStreamed() {
    UUID id = UUID.randomUUID();
    String big =
        DraftClient.body("Big", "{\"basics\":{\"summary\":\"" + "a".repeat(1_500_000) + "\"}}");

    DraftClient.Answer declared = laptop.put(id, null, big);
    // No Content-Length (chunked): the server counts while it reads and stops one byte past its
    // limit, so it never holds more than 1 MB of a body, however long the client streams.
    byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
    DraftClient.Answer streamed =
        laptop.put(
            id,
            null,
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.type()).isEqualTo("urn:careercoach:problem:body-too-large");
    assertThat(streamed.status()).isEqualTo(413);
    // The drafts limit (1 MB) refused it, not the server-wide cap on JSON bodies (2 MB).
    assertThat(streamed.body().get("title").asString()).isEqualTo("Draft too large");
    assertThat(rows(id)).isZero();
    assertThat(laptop.put(id, null, DraftClient.body("Small")).status()).isEqualTo(201);
  }

  @Test
  void theOpenApiDocumentDescribesThePutBody() {
    Api.Response docs = api.get("/v3/api-docs", null);

    assertThat(
            docs.body()
                .at(
                    "/paths/~1api~1v1~1drafts~1{id}/put/requestBody/content/application~1json/schema")
                .toString())
        .contains("DraftContent");
  }

  private tools.jackson.databind.JsonNode current(UUID id) {
    tools.jackson.databind.JsonNode changes = laptop.changes(null, 500).body().get("changes");
    for (tools.jackson.databind.JsonNode draft : changes) {
      if (draft.get("id").asString().equals(id.toString())) {
        return draft;
      }
    }
    throw new AssertionError("draft " + id + " not in the changes");
  }

  private long rows(UUID id) {
    return jdbc.sql("select count(*) from drafts where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
