package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One account's limits (uploads per hour, bytes stored) and what a user reads when the store fails.
 * The suite's limits are raised so other tests never meet them; these tests bring one account to
 * its limit and show the answer and that nothing was stored.
 */
@ServerIT
@ExtendWith(OutputCaptureExtension.class)
class UploadLimitsIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CoachProperties coach;
  @Autowired UploadLimits limits;
  @Autowired UploadProperties properties;
  Api api;
  String token;
  UUID owner;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    token = api.register(Accounts.email("limits"), Accounts.PASSWORD, "Lia Limits").accessToken();
    owner = UUID.fromString(api.get("/api/v1/me", token).body().get("id").asString());
  }

  @Test
  void pastTheHourlyUploadsAnAccountIsAnswered429WithRetryAfterAndNothingIsStored() {
    // The account's allowance used up, as that many uploads within the hour would.
    for (int i = 0; i < properties.perHour(); i++) {
      limits.countUpload(owner);
    }

    Api.Response refused = upload("one-too-many.txt");

    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:rate-limited");
    assertThat(refused.body().get("detail").asString())
        .contains("You have uploaded " + properties.perHour() + " files within the last hour")
        .contains("You can upload again in");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
    assertThat(storedRows()).isZero();
    assertThat(blobsOfOwner()).isEmpty();

    String otherToken =
        api.register(Accounts.email("limits-other"), Accounts.PASSWORD, "Oda Other").accessToken();
    assertThat(
            api.upload(
                    "/api/v1/resumes",
                    List.of(Uploads.file("mine.txt", "text/plain", text("other"))),
                    otherToken)
                .status())
        .as("another account has its own allowance")
        .isEqualTo(201);
  }

  @Test
  void aFileThatWouldPassTheStorageQuotaIsA413NamingQuotaAndUseAndNothingIsStored() {
    long quota = properties.storageQuota().toBytes();
    // The account already keeps files up to 20 bytes short of its quota (the upload is longer).
    insertStoredFile(quota - 20);

    Api.Response refused = upload("does-not-fit.txt");

    assertThat(refused.status()).isEqualTo(413);
    assertThat(refused.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:storage-quota-exceeded");
    assertThat(refused.body().get("detail").asString())
        .contains("Your resumes use " + UploadLimits.bytes(quota - 20))
        .contains("of the " + UploadLimits.bytes(quota) + " each account may keep")
        .contains("Delete resumes you no longer need");
    assertThat(storedRows()).as("only the file it had").isEqualTo(1);
    assertThat(blobsOfOwner()).isEmpty();
  }

  @Test
  void aStorageFailureOnUploadAnswersWordsAndAReferenceWhileTheLogHasTheDetail(
      CapturedOutput output) throws IOException {
    // The owner's folder in the store is a file: writing there fails.
    Path ownerFolder = coach.dataDirectory().resolve("blobs/users/" + owner);
    Files.createDirectories(ownerFolder.getParent());
    Files.writeString(ownerFolder, "in the way");
    try {
      Api.Response refused = upload("cannot-store.txt");

      assertThat(refused.status()).isEqualTo(502);
      assertThat(refused.body().get("type").asString())
          .isEqualTo("urn:careercoach:problem:storage-io");
      String detail = refused.body().get("detail").asString();
      String reference = refused.body().get("reference").asString();
      assertThat(reference).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(detail)
          .contains("problem on our side")
          .endsWith("Reference: " + reference + ".")
          .doesNotContain("/")
          .doesNotContain(owner.toString())
          .doesNotContain("Exception")
          .doesNotContain("folder");
      assertThat(output.getAll())
          .containsPattern("reference=" + reference + ".*users/" + owner + "/resumes/");
      assertThat(storedRows()).isZero();
    } finally {
      Files.delete(ownerFolder);
    }
  }

  private Api.Response upload(String filename) {
    return api.upload(
        "/api/v1/resumes", List.of(Uploads.file(filename, "text/plain", text(filename))), token);
  }

  private static byte[] text(String seed) {
    return ("Ana Maria Silva\nSoftware engineer\n" + seed + " " + UUID.randomUUID()).getBytes();
  }

  private void insertStoredFile(long size) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into resumes (id, owner_id, filename, content_type, size, sha256, storage_key,
                                 status, created_at, updated_at)
            values (:id, :owner, 'big.pdf', 'application/pdf', :size, :sha, :key, 'PARSED',
                    :now, :now)
            """)
        .param("id", id)
        .param("owner", owner)
        .param("size", size)
        .param("sha", UUID.randomUUID().toString())
        .param("key", "users/" + owner + "/resumes/" + id)
        .param("now", Timestamp.from(Instant.now()))
        .update();
  }

  private long storedRows() {
    return jdbc.sql("select count(*) from resumes where owner_id = :owner")
        .param("owner", owner)
        .query(Long.class)
        .single();
  }

  private List<Path> blobsOfOwner() {
    Path folder = coach.dataDirectory().resolve("blobs/users/" + owner);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
