package org.careercoach.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.LocalS3;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.TestClock;
import org.careercoach.server.support.TestRedis;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server as deployed on S3, through its API, against a real S3 API server (S3Proxy) that counts
 * what it is asked. One context for the whole S3 suite (it needs the bucket settings): a short
 * presigned-URL lifetime so expiry is seen in seconds, and 5 MiB parts so a 9 MB upload goes up in
 * two.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "coach.data-dir=${java.io.tmpdir}/career-coach-it/${random.uuid}",
      "coach.public-url=https://coach.example.test",
      "coach.auth.jwt-secret=" + ServerIT.JWT_SECRET,
      "coach.admin.email=" + ServerIT.ADMIN_EMAIL,
      "coach.admin.password=" + ServerIT.ADMIN_PASSWORD,
      "coach.rate-limit.enabled=false",
      "coach.jobs.workers=false",
      "coach.storage.bucket=" + S3StorageApiIT.BUCKET,
      "coach.storage.path-style=true",
      "coach.storage.access-key-id=" + LocalS3.ACCESS_KEY,
      "coach.storage.secret-access-key=" + LocalS3.SECRET_KEY,
      "coach.storage.download-url-lifetime=3s",
      "coach.storage.multipart-threshold=5MB",
      "coach.storage.part-size=5MB"
    })
@Import(TestClock.Configuration.class)
@ContextConfiguration(initializers = TestRedis.Initializer.class)
@ExtendWith({TestClock.ResetAfterEach.class, OutputCaptureExtension.class})
class S3StorageApiIT {

  static final String BUCKET = "coach-resumes";
  static final String PDF = "application/pdf";
  static final LocalS3 s3 = start();

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  Api api;
  String owner;
  TokenPair tokens;

  private static LocalS3 start() {
    try {
      return LocalS3.start(BUCKET);
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not start", e);
    }
  }

  @DynamicPropertySource
  static void s3Endpoint(DynamicPropertyRegistry registry) {
    registry.add("coach.storage.endpoint", () -> s3.endpoint().toString());
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @BeforeEach
  void signUp() throws Exception {
    api = new Api(port);
    String email = Accounts.email("s3");
    tokens = api.register(email, Accounts.PASSWORD, "Sam Three");
    owner = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getSubject();
  }

  @AfterEach
  void s3Back() {
    s3.denyAll(false);
  }

  @Test
  void anUploadIsServedByAPresignedUrlThatWorksThenExpiresAndIsGoneWhenDeleted() throws Exception {
    byte[] pdf = Uploads.pdf("Sam Three " + UUID.randomUUID());
    Api.Response created = upload("cv.pdf", pdf);
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asString();
    String key = "users/" + owner + "/resumes/" + id;
    assertThat(s3.names(BUCKET, key)).containsExactly(key);
    assertThat(s3.partsUploaded(key)).as("a small file goes up in one request").isZero();

    HttpResponse<byte[]> content = content(id);
    assertThat(content.statusCode()).isEqualTo(302);
    assertThat(content.headers().firstValue("Cache-Control")).hasValue("no-store");
    URI url = URI.create(content.headers().firstValue("Location").orElseThrow());
    assertThat(url.getQuery())
        .as("the configured lifetime, not a built-in one")
        .contains("X-Amz-Expires=3");
    HttpResponse<byte[]> fetched = fetch(url);
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(pdf);
    assertThat(fetched.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("cv.pdf");

    await(Duration.ofSeconds(15), () -> fetch(url).statusCode() == 403);
    assertThat(new String(fetch(url).body(), StandardCharsets.UTF_8)).contains("expired");

    assertThat(api.delete("/api/v1/resumes/" + id, Map.of(), tokens.accessToken()).status())
        .isEqualTo(204);
    assertThat(s3.names(BUCKET, key)).isEmpty();
    assertThat(content(id).statusCode()).isEqualTo(404);
  }

  @Test
  void aFileAboveThePartSizeGoesUpInPartsAndComesBackWhole() throws Exception {
    byte[] pdf = Uploads.pdf("Sam Three " + UUID.randomUUID() + " " + "x".repeat(9_000_000));

    Api.Response created = upload("large.pdf", pdf);

    assertThat(created.status()).isEqualTo(201);
    String key = "users/" + owner + "/resumes/" + created.body().get("id").asString();
    assertThat(s3.partsUploaded(key)).as("9 MB in parts of 5 MiB").isEqualTo(2);
    assertThat(s3.openUploads(key)).isZero();
    HttpResponse<byte[]> content = content(created.body().get("id").asString());
    assertThat(fetch(URI.create(content.headers().firstValue("Location").orElseThrow())).body())
        .isEqualTo(pdf);
  }

  @Test
  void aPartThatFailsOnceIsSentAgainAndTheUploadSucceeds() throws Exception {
    String prefix = "users/" + owner + "/";
    s3.failPartsOf(prefix, 1);
    byte[] pdf = Uploads.pdf("Sam Three " + UUID.randomUUID() + " " + "z".repeat(9_000_000));

    Api.Response created = upload("retried.pdf", pdf);

    assertThat(created.status()).isEqualTo(201);
    assertThat(s3.partsUploaded(prefix)).as("two parts, one of them twice").isEqualTo(3);
    assertThat(s3.openUploads(prefix)).isZero();
    HttpResponse<byte[]> content = content(created.body().get("id").asString());
    assertThat(fetch(URI.create(content.headers().firstValue("Location").orElseThrow())).body())
        .isEqualTo(pdf);
  }

  @Test
  void aFailedPartAbortsTheUploadLeavingNoPartsAndTheUserGetsWordsWithAReference() {
    String prefix = "users/" + owner + "/";
    s3.failPartsOf(prefix);
    byte[] pdf = Uploads.pdf("Sam Three " + UUID.randomUUID() + " " + "x".repeat(9_000_000));

    Api.Response refused = upload("large.pdf", pdf);

    assertThat(refused.status()).isEqualTo(503);
    assertThat(refused.body().get("detail").asString())
        .contains("not available right now")
        .contains("Reference: " + refused.body().get("reference").asString())
        .doesNotContain(BUCKET)
        .doesNotContain(owner);
    assertThat(s3.partsUploaded(prefix)).as("parts were tried").isPositive();
    assertThat(s3.openUploads(prefix)).as("the multipart upload was aborted").isZero();
    assertThat(s3.names(BUCKET, prefix)).as("no object and no part is left").isEmpty();
    assertThat(api.get("/api/v1/resumes", tokens.accessToken()).body().get("total").asInt())
        .isZero();
  }

  @Test
  void aClientThatHangsUpMidBodyLeavesNothingInTheBucket() throws Exception {
    byte[] body =
        Uploads.body(
            List.of(Uploads.file("cut.pdf", PDF, Uploads.pdf("cut " + "y".repeat(6_000_000)))));
    long postsBefore = finishedPosts();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/resumes HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Authorization: Bearer "
                  + tokens.accessToken()
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + Uploads.BOUNDARY
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
    }

    await(Duration.ofSeconds(15), () -> finishedPosts() > postsBefore);

    // Nothing of the cut upload is stored; a later upload of the same user is stored alone.
    byte[] pdf = Uploads.pdf("after " + UUID.randomUUID());
    String id = upload("after.pdf", pdf).body().get("id").asString();
    String prefix = "users/" + owner + "/";
    assertThat(s3.names(BUCKET, prefix)).containsExactly(prefix + "resumes/" + id);
    assertThat(s3.partsUploaded(prefix)).isZero();
    assertThat(s3.openUploads(prefix)).isZero();
  }

  @Test
  void deletingTheAccountRemovesItsObjects() {
    upload("one.pdf", Uploads.pdf("one " + UUID.randomUUID()));
    upload("two.pdf", Uploads.pdf("two " + UUID.randomUUID()));
    String prefix = "users/" + owner + "/";
    assertThat(s3.names(BUCKET, prefix)).hasSize(2);

    assertThat(
            api.delete("/api/v1/me", Map.of("password", Accounts.PASSWORD), tokens.accessToken())
                .status())
        .isEqualTo(204);

    await(Duration.ofSeconds(10), () -> s3.names(BUCKET, prefix).isEmpty());
  }

  @Test
  void healthIsUpOnAWorkingBucketAndNamesIt() {
    Api.Response health = api.get("/actuator/health", api.adminToken());

    assertThat(health.body().at("/components/storage/status").asString()).isEqualTo("UP");
    assertThat(health.body().at("/components/storage/details/store").asString())
        .isEqualTo("S3 bucket " + BUCKET);
  }

  @Test
  void deniedAccessIsDownInHealthWithThePermissionAndTheUserGetsOnlyWords(CapturedOutput log) {
    String admin = api.adminToken();
    s3.denyAll(true);

    Api.Response health = api.get("/actuator/health", admin);
    assertThat(health.body().at("/components/storage/status").asString()).isEqualTo("DOWN");
    assertThat(health.body().at("/components/storage/details/problem").asString())
        .contains("S3 denied s3:ListBucket on bucket " + BUCKET)
        .contains("arn:aws:s3:::" + BUCKET)
        .contains("AWS_SECRET_ACCESS_KEY");
    Api.Response anonymous = api.get("/actuator/health", null);
    assertThat(anonymous.body().get("status").asString()).isEqualTo("DOWN");
    assertThat(anonymous.raw().body()).doesNotContain("s3:").doesNotContain(BUCKET);

    Api.Response refused = upload("cv.pdf", Uploads.pdf("denied " + UUID.randomUUID()));
    assertThat(refused.status()).isEqualTo(502);
    assertThat(refused.body().get("type").asString())
        .isEqualTo("urn:careercoach:problem:storage-access-denied");
    String reference = refused.body().get("reference").asString();
    assertThat(refused.body().get("detail").asString())
        .contains("refused the file")
        .contains("Reference: " + reference)
        .doesNotContain("s3:")
        .doesNotContain(BUCKET)
        .doesNotContain("AWS_");
    assertThat(log.getAll())
        .containsPattern("reference=" + reference + ".*S3 denied s3:PutObject on bucket " + BUCKET);

    s3.denyAll(false);
    assertThat(
            api.get("/actuator/health", admin).body().at("/components/storage/status").asString())
        .isEqualTo("UP");
  }

  @Test
  void aMissingBucketIsDownInHealthAndNamed() {
    String admin = api.adminToken();
    s3.deleteBucket(BUCKET);
    try {
      Api.Response health = api.get("/actuator/health", admin);

      assertThat(health.body().at("/components/storage/status").asString()).isEqualTo("DOWN");
      assertThat(health.body().at("/components/storage/details/problem").asString())
          .contains("The S3 bucket " + BUCKET + " does not exist")
          .contains("AWS_S3_BUCKET_NAME");
    } finally {
      s3.createBucket(BUCKET);
    }
    assertThat(
            api.get("/actuator/health", admin).body().at("/components/storage/status").asString())
        .isEqualTo("UP");
  }

  private Api.Response upload(String filename, byte[] bytes) {
    return api.upload(
        "/api/v1/resumes", List.of(Uploads.file(filename, PDF, bytes)), tokens.accessToken());
  }

  private HttpResponse<byte[]> content(String id) {
    return api.getBytes("/api/v1/resumes/" + id + "/content", tokens.accessToken());
  }

  private static HttpResponse<byte[]> fetch(URI url) {
    try {
      return HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException("could not fetch " + url, e);
    }
  }

  /** POST requests the server has finished answering (or given up on), from its own metrics. */
  private long finishedPosts() {
    return meters.find("http.server.requests").tag("method", "POST").timers().stream()
        .mapToLong(Timer::count)
        .sum();
  }

  private static void await(Duration within, BooleanSupplier condition) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + within);
      }
      Api.sleep(100);
    }
  }
}
