package org.careercoach.server.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /drafts?since=: pages in commit order, cursors that notice a restore, the purge. */
@ServerIT
class DraftChangesIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired DraftPurge purge;
  DraftClient device;
  UUID userId;

  @BeforeEach
  void setUp() {
    Api api = new Api(port);
    TokenPair tokens = api.register(Accounts.email("pull"), Accounts.PASSWORD, "Pu");
    device = new DraftClient(port, tokens.accessToken());
    userId =
        UUID.fromString(api.get("/api/v1/me", tokens.accessToken()).body().get("id").asString());
  }

  @Test
  void changesComeInPagesInCommitOrderEachDraftOnceAtItsLatest() {
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      device.put(id, null, DraftClient.body("Draft " + i));
    }
    device.put(ids.get(0), "\"1\"", DraftClient.body("Draft 0, edited"));

    DraftClient.Answer first = device.changes(null, 2);
    DraftClient.Answer second = device.changes(first.body().get("cursor").asString(), 2);
    DraftClient.Answer third = device.changes(second.body().get("cursor").asString(), 2);
    DraftClient.Answer after = device.changes(third.body().get("cursor").asString(), 2);

    assertThat(first.body().get("hasMore").asBoolean()).isTrue();
    assertThat(second.body().get("hasMore").asBoolean()).isTrue();
    assertThat(third.body().get("hasMore").asBoolean()).isFalse();
    List<String> order = new ArrayList<>();
    for (DraftClient.Answer page : List.of(first, second, third)) {
      page.body().get("changes").forEach(d -> order.add(d.get("id").asString()));
    }
    // Draft 0 was changed last, so it comes last, and only once.
    assertThat(order)
        .containsExactly(
            ids.get(1).toString(),
            ids.get(2).toString(),
            ids.get(3).toString(),
            ids.get(4).toString(),
            ids.get(0).toString());
    assertThat(third.body().get("changes").get(0).get("title").asString())
        .isEqualTo("Draft 0, edited");
    assertThat(after.body().get("changes").size()).isZero();
    assertThat(after.body().get("cursor").asString())
        .isEqualTo(third.body().get("cursor").asString());
  }

  @Test
  void tombstonesAreChangesToo() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("Short-lived"));
    String cursor = device.changes(null, null).body().get("cursor").asString();
    device.delete(id, "\"1\"", null);

    JsonNode changes = device.changes(cursor, null).body().get("changes");

    assertThat(changes.size()).isEqualTo(1);
    assertThat(changes.get(0).get("deleted").asBoolean()).isTrue();
    assertThat(changes.get(0).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void aPullerNeverMissesAChangeWhileOthersWrite() throws Exception {
    int writers = 4;
    int draftsEach = 5;
    int editsEach = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    AtomicBoolean writing = new AtomicBoolean(true);
    Map<String, Long> seen = new HashMap<>();
    try {
      List<Future<Map<UUID, Long>>> finals = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        finals.add(
            pool.submit(
                () -> {
                  Map<UUID, Long> versions = new HashMap<>();
                  for (int d = 0; d < draftsEach; d++) {
                    UUID id = UUID.randomUUID();
                    device.put(id, null, DraftClient.body("Concurrent"));
                    long version = 1;
                    for (int e = 0; e < editsEach; e++) {
                      DraftClient.Answer edit =
                          device.put(id, "\"" + version + "\"", DraftClient.body("Edit " + e));
                      assertThat(edit.status()).isEqualTo(200);
                      version = edit.version();
                    }
                    versions.put(id, version);
                  }
                  return versions;
                }));
      }
      Future<?> puller =
          pool.submit(
              () -> {
                String cursor = null;
                boolean last = false;
                while (!last) {
                  // One more full pass after the writers finish, so the final state is pulled.
                  last = !writing.get();
                  boolean more = true;
                  while (more) {
                    DraftClient.Answer page = device.changes(cursor, 7);
                    assertThat(page.status()).isEqualTo(200);
                    page.body()
                        .get("changes")
                        .forEach(
                            d ->
                                seen.merge(
                                    d.get("id").asString(), d.get("version").asLong(), Math::max));
                    cursor = page.body().get("cursor").asString();
                    more = page.body().get("hasMore").asBoolean();
                  }
                }
                return null;
              });
      Map<String, Long> expected = new HashMap<>();
      for (Future<Map<UUID, Long>> f : finals) {
        f.get().forEach((id, v) -> expected.put(id.toString(), v));
      }
      writing.set(false);
      puller.get();

      assertThat(expected).hasSize(writers * draftsEach);
      assertThat(seen).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCursorOfAnotherEpochIs410() {
    device.put(UUID.randomUUID(), null, DraftClient.body("Here"));
    String cursor = device.changes(null, null).body().get("cursor").asString();
    String foreign = UUID.randomUUID() + cursor.substring(cursor.indexOf('.'));

    DraftClient.Answer gone = device.changes(foreign, null);

    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.type()).isEqualTo("urn:careercoach:problem:cursor-expired");
  }

  @Test
  void aMalformedCursorIs400AndABadLimitToo() {
    assertThat(device.changes("not-a-cursor", null).status()).isEqualTo(400);
    assertThat(device.changes(null, 0).status()).isEqualTo(400);
    assertThat(device.changes(null, 501).status()).isEqualTo(400);
    assertThat(device.changes(null, 500).status()).isEqualTo(200);
  }

  @Test
  void afterARestoreFromAnOlderBackupTheLostChangesCursorIs410() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("Before the backup"));
    String backedUp = device.changes(null, null).body().get("cursor").asString();
    device.put(id, "\"1\"", DraftClient.body("After the backup"));
    String lost = device.changes(backedUp, null).body().get("cursor").asString();
    // The restore: the database as it was at the backup (the later change and its number gone).
    jdbc.sql("delete from draft_log where owner_id = :owner and seq > 1")
        .param("owner", userId)
        .update();
    jdbc.sql("update draft_sync_state set last_seq = 1 where owner_id = :owner")
        .param("owner", userId)
        .update();
    jdbc.sql(
            "update drafts set version = 1, change_seq = 1, change_token = (select token from"
                + " draft_log where owner_id = :owner and seq = 1) where id = :id")
        .param("owner", userId)
        .param("id", id)
        .update();
    // ...and since then another device wrote a different change under the same number.
    device.put(UUID.randomUUID(), null, DraftClient.body("Written after the restore"));

    DraftClient.Answer gone = device.changes(lost, null);

    assertThat(gone.status()).isEqualTo(410);
    assertThat(device.changes(backedUp, null).status()).isEqualTo(200);
  }

  @Test
  void thePurgeRemovesOldTombstonesAndLogEntriesAndTheirCursorsAre410() {
    UUID deleted = UUID.randomUUID();
    UUID kept = UUID.randomUUID();
    device.put(deleted, null, DraftClient.body("Deleted long ago"));
    String old = device.changes(null, null).body().get("cursor").asString();
    device.delete(deleted, "\"1\"", null);
    device.put(kept, null, DraftClient.body("Kept"));
    String latest = device.changes(old, null).body().get("cursor").asString();
    jdbc.sql("update draft_log set at = now() - interval '91 days' where owner_id = :owner")
        .param("owner", userId)
        .update();
    jdbc.sql(
            "update drafts set updated_at = now() - interval '91 days' where owner_id = :owner"
                + " and deleted")
        .param("owner", userId)
        .update();
    jdbc.sql(
            "insert into draft_idempotency values (:owner, 'ancient', '\\x00', 200, '{}', null,"
                + " now() - interval '25 hours')")
        .param("owner", userId)
        .update();

    assertThat(purge.purge()).isGreaterThanOrEqualTo(4);

    assertThat(count("select count(*) from drafts where id = '" + deleted + "'")).isZero();
    assertThat(count("select count(*) from drafts where id = '" + kept + "'")).isEqualTo(1);
    // The user's latest entry stays, so a device that saw everything keeps its cursor.
    assertThat(count("select count(*) from draft_log where owner_id = '" + userId + "'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from draft_idempotency where owner_id = '" + userId + "'"))
        .isZero();
    assertThat(device.changes(old, null).status()).isEqualTo(410);
    assertThat(device.changes(latest, null).status()).isEqualTo(200);
    JsonNode all = device.changes(null, null).body().get("changes");
    assertThat(all.size()).isEqualTo(1);
    assertThat(all.get(0).get("id").asString()).isEqualTo(kept.toString());
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
