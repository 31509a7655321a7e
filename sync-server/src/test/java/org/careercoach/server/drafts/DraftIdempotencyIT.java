package org.careercoach.server.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A retried write with the same Idempotency-Key gets the first answer and applies nothing. */
@ServerIT
class DraftIdempotencyIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  DraftClient device;

  @BeforeEach
  void setUp() {
    Api api = new Api(port);
    device =
        new DraftClient(
            port, api.register(Accounts.email("retry"), Accounts.PASSWORD, "Ri").accessToken());
  }

  @Test
  void aRetryReplaysTheFirstAnswerAndAppliesNothing() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("One"));
    String body = DraftClient.body("Two");

    DraftClient.Answer first = device.put(id, "\"1\"", "key-1", body);
    DraftClient.Answer retry = device.put(id, "\"1\"", "key-1", body);

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.raw()).isEqualTo(first.raw());
    assertThat(retry.etag()).isEqualTo("\"2\"");
    assertThat(version(id)).isEqualTo(2);
    assertThat(logEntries(id)).isEqualTo(2); // the create and one update
  }

  @Test
  void aReplayedCreateIsStill201AndNotA409() {
    UUID id = UUID.randomUUID();
    String body = DraftClient.body("Created once");

    DraftClient.Answer first = device.put(id, null, "create-" + id, body);
    DraftClient.Answer retry = device.put(id, null, "create-" + id, body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.raw()).isEqualTo(first.raw());
    assertThat(logEntries(id)).isEqualTo(1);
  }

  @Test
  void aReplayedDeleteAppliesOnce() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("Gone"));

    DraftClient.Answer first = device.delete(id, "\"1\"", "del-" + id);
    DraftClient.Answer retry = device.delete(id, "\"1\"", "del-" + id);

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.raw()).isEqualTo(first.raw());
    assertThat(version(id)).isEqualTo(2);
  }

  @Test
  void theSameKeyWithAnotherRequestIs422AndChangesNothing() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("One"));
    device.put(id, "\"1\"", "key-2", DraftClient.body("Two"));

    DraftClient.Answer reused = device.put(id, "\"2\"", "key-2", DraftClient.body("Three"));
    DraftClient.Answer reusedForDelete = device.delete(id, "\"2\"", "key-2");

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.type()).isEqualTo("urn:careercoach:problem:idempotency-key-reused");
    assertThat(reusedForDelete.status()).isEqualTo(422);
    assertThat(version(id)).isEqualTo(2);
  }

  @Test
  void keysAreKeptPerUser() {
    UUID mine = UUID.randomUUID();
    UUID theirs = UUID.randomUUID();
    DraftClient other =
        new DraftClient(
            port,
            new Api(port).register(Accounts.email("other"), Accounts.PASSWORD, "Ot").accessToken());

    assertThat(device.put(mine, null, "shared-key", DraftClient.body("Mine")).status())
        .isEqualTo(201);
    assertThat(other.put(theirs, null, "shared-key", DraftClient.body("Theirs")).status())
        .isEqualTo(201);
  }

  @Test
  void aKeptAnswerExpiresAfter24Hours() {
    UUID id = UUID.randomUUID();
    device.put(id, null, DraftClient.body("One"));
    device.put(id, "\"1\"", "old-key", DraftClient.body("Two"));
    jdbc.sql(
            "update draft_idempotency set created_at = now() - interval '25 hours'"
                + " where key = 'old-key'")
        .update();

    DraftClient.Answer later = device.put(id, "\"2\"", "old-key", DraftClient.body("Three"));

    assertThat(later.status()).isEqualTo(200);
    assertThat(version(id)).isEqualTo(3);
  }

  @Test
  void twoIdenticalRequestsAtOnceApplyOnce() throws Exception {
    for (int round = 0; round < 5; round++) {
      UUID id = UUID.randomUUID();
      device.put(id, null, DraftClient.body("Race"));
      String key = "race-" + id;
      String body = DraftClient.body("Raced");
      CountDownLatch start = new CountDownLatch(1);
      Callable<DraftClient.Answer> send =
          () -> {
            start.await();
            return device.put(id, "\"1\"", key, body);
          };
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<DraftClient.Answer>> answers = List.of(pool.submit(send), pool.submit(send));
        start.countDown();
        DraftClient.Answer a = answers.get(0).get();
        DraftClient.Answer b = answers.get(1).get();

        assertThat(a.status()).isEqualTo(200);
        assertThat(b.raw()).isEqualTo(a.raw());
        assertThat(version(id)).isEqualTo(2);
        assertThat(logEntries(id)).isEqualTo(2);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private long version(UUID id) {
    return jdbc.sql("select version from drafts where id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private long logEntries(UUID id) {
    return jdbc.sql("select count(*) from draft_log where draft_id = :id")
        .param("id", id)
        .query(Long.class)
        .single();
  }
}
