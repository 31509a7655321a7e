package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads end to end on the embedded PostgreSQL and the local store. */
@ServerIT
class ResumeApiIT {

  private static final String PDF = "application/pdf";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired CoachProperties coach;
  @Autowired MeterRegistry meters;
  Api api;
  String token;

  @BeforeEach
  void signIn() {
    api = new Api(port);
    token = api.register(Accounts.email("files"), Accounts.PASSWORD, "Fay Files").accessToken();
  }

  @Test
  void uploadListDownloadAndDelete() {
    byte[] pdf = Uploads.pdf("Ana Silva, engineer");

    // "slow-": the test processor holds the parse 3 s, so the parsed resume is not there yet.
    Api.Response created = upload("slow-3000-Ana CV.pdf", PDF, pdf);

    assertThat(created.status()).isEqualTo(201);
    String id = created.body().get("id").asString();
    assertThat(created.body().get("filename").asString()).isEqualTo("slow-3000-Ana CV.pdf");
    assertThat(created.body().get("contentType").asString()).isEqualTo(PDF);
    assertThat(created.body().get("size").asLong()).isEqualTo(pdf.length);
    assertThat(created.body().get("sha256").asString()).hasSize(64);
    assertThat(created.body().get("status").asString()).isEqualTo("QUEUED");
    assertThat(jobs(id)).as("a parse job is queued with the upload").isEqualTo(1);

    Api.Response list = api.get("/api/v1/resumes", token);
    assertThat(list.body().get("total").asLong()).isEqualTo(1);
    assertThat(list.body().get("items").get(0).get("id").asString()).isEqualTo(id);

    HttpResponse<byte[]> content = api.getBytes("/api/v1/resumes/" + id + "/content", token);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(pdf);
    assertThat(content.headers().firstValue("Content-Type")).hasValue(PDF);
    assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment");

    assertThat(api.get("/api/v1/resumes/" + id + "/parsed", token).status()).isEqualTo(409);
    assertThat(api.delete("/api/v1/resumes/" + id, Map.of(), token).status()).isEqualTo(204);
    assertThat(api.delete("/api/v1/resumes/" + id, Map.of(), token).status())
        .as("deleting is idempotent for the owner")
        .isEqualTo(204);
    assertThat(api.get("/api/v1/resumes/" + id, token).status()).isEqualTo(404);
    assertThat(jobs(id)).isZero();
    assertThat(blobs()).doesNotContain(id);
  }

  @Test
  void theSameContentTwiceGivesTheSameResumeBack() {
    byte[] pdf = Uploads.pdf("twice");
    String first = upload("one.pdf", PDF, pdf).body().get("id").asString();

    Api.Response again = upload("two.pdf", PDF, pdf);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("id").asString()).isEqualTo(first);
    assertThat(jobs(first)).as("no second parse").isEqualTo(1);
  }

  @Test
  void listsNewestFirstInPages() {
    for (int i = 0; i < 3; i++) {
      upload(
          "cv" + i + ".txt", "text/plain", ("Resume number " + i).getBytes(StandardCharsets.UTF_8));
    }

    Api.Response page = api.get("/api/v1/resumes?page=0&size=2", token);

    assertThat(page.body().get("total").asLong()).isEqualTo(3);
    assertThat(page.body().get("items").size()).isEqualTo(2);
    assertThat(page.body().get("items").get(0).get("filename").asString()).isEqualTo("cv2.txt");
    assertThat(api.get("/api/v1/resumes?size=1000", token).status()).isEqualTo(400);
  }

  @Test
  void twoUsersNeverSeeEachOthersFiles() {
    String id = upload("mine.pdf", PDF, Uploads.pdf("mine")).body().get("id").asString();
    String other = api.register(Accounts.email("other"), Accounts.PASSWORD, "Otto").accessToken();

    assertThat(api.get("/api/v1/resumes/" + id, other).status()).isEqualTo(404);
    assertThat(api.getBytes("/api/v1/resumes/" + id + "/content", other).statusCode())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/resumes/" + id + "/parsed", other).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/resumes/" + id, Map.of(), other).status()).isEqualTo(404);
    assertThat(api.delete("/api/v1/resumes/" + UUID.randomUUID(), Map.of(), token).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/resumes", other).body().get("total").asLong()).isZero();
    assertThat(api.get("/api/v1/resumes/" + id, token).status()).isEqualTo(200);
  }

  @Test
  void deletingTheAccountDeletesItsFiles() {
    String id = upload("gone.pdf", PDF, Uploads.pdf("gone")).body().get("id").asString();
    assertThat(blobs()).contains(id);

    api.delete("/api/v1/me", Map.of("password", Accounts.PASSWORD), token);

    assertThat(blobs()).doesNotContain(id);
    assertThat(
            jdbc.sql("select count(*) from resumes where id = :id")
                .param("id", UUID.fromString(id))
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aPdfNamedDocxIsAcceptedAsAPdf() {
    Api.Response response =
        upload("resume.docx", "application/msword", Uploads.pdf("really a pdf"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().get("contentType").asString()).isEqualTo(PDF);
    assertThat(response.body().get("filename").asString()).isEqualTo("resume.pdf");
  }

  @Test
  void aRealDocxAndPlainTextAreAccepted() {
    assertThat(
            upload("cv.docx", "application/octet-stream", Uploads.docx("Ana"))
                .body()
                .get("contentType")
                .asString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(
            upload(
                    "cv",
                    "application/octet-stream",
                    "Ana Silva\nEngineer\n".getBytes(StandardCharsets.UTF_8))
                .body()
                .get("contentType")
                .asString())
        .isEqualTo("text/plain");
  }

  @Test
  void anExecutableNamedPdfIsRefusedNamingTheAcceptedTypes() {
    Api.Response response = upload("resume.pdf", PDF, Uploads.elfExecutable());

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.body().get("detail").asString())
        .contains("PDF")
        .contains(".docx")
        .contains(".txt");
    assertThat(count()).isZero();
  }

  @Test
  void aZipBombPosingAsDocxIsRefusedWithoutExpandingIt() {
    Api.Response response =
        upload("resume.docx", "application/octet-stream", Uploads.zipBombDocx(64));

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.body().get("detail").asString()).contains("expands");
    assertThat(count()).isZero();
  }

  @Test
  void aPlainZipIsNotADocx() {
    byte[] zip =
        Uploads.zip(
            new String[] {"a.txt"}, new byte[][] {"hello".getBytes(StandardCharsets.UTF_8)});

    assertThat(upload("resume.docx", "application/zip", zip).status()).isEqualTo(415);
  }

  @Test
  void anEmptyFileIsA400() {
    Api.Response response = upload("empty.pdf", PDF, new byte[0]);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("file");
  }

  @Test
  void tenMegabytesAndOneByteIsA413() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(Uploads.pdf("x"), 0, big, 0, 100);

    Api.Response response = upload("big.pdf", PDF, big);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.body().get("detail").asString()).contains("10MB");
    assertThat(count()).isZero();
  }

  @Test
  void pathTraversalAndControlCharactersLeaveOnlyADisplayName() {
    Api.Response response =
        upload("../../etc/\u0007pass\u202Ewd\t.pdf", PDF, Uploads.pdf("traversal"));

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.body().get("filename").asString()).isEqualTo("passwd.pdf");
    assertThat(
            api.upload(
                    "/api/v1/resumes",
                    List.of(Uploads.file("..\\..\\win.ini", PDF, Uploads.pdf("w"))),
                    token)
                .body()
                .get("filename")
                .asString())
        .isEqualTo("win.ini.pdf");
  }

  @Test
  void aMissingPartOrTwoFilesAreA400() {
    Api.Response missing =
        api.upload(
            "/api/v1/resumes",
            List.of(new Uploads.Part("other", "cv.pdf", PDF, Uploads.pdf("x"))),
            token);
    Api.Response two =
        api.upload(
            "/api/v1/resumes",
            List.of(
                Uploads.file("a.pdf", PDF, Uploads.pdf("a")),
                Uploads.file("b.pdf", PDF, Uploads.pdf("b"))),
            token);

    assertThat(missing.status()).isEqualTo(400);
    assertThat(two.status()).isEqualTo(400);
    assertThat(count()).isZero();
  }

  @Test
  void aClientThatStopsHalfWayLeavesNoRowAndNoFile() throws Exception {
    long blobsBefore = blobs().size();
    long postsBefore = finishedPosts();
    byte[] body = Uploads.body(List.of(Uploads.file("cut.pdf", PDF, new byte[200_000])));
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/resumes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + Uploads.BOUNDARY
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length / 2);
      out.flush();
    }
    // Absence is checked once the server has finished with the cut request, not after a guess.
    awaitServerFinishedPosts(postsBefore + 1);

    assertThat(count()).isZero();
    assertThat(blobs()).hasSize((int) blobsBefore);
    assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
  }

  @Test
  void storageHealthIsReported() {
    assertThat(
            api.get("/actuator/health", api.adminToken())
                .body()
                .at("/components/storage/status")
                .asString())
        .isEqualTo("UP");
  }

  private Api.Response upload(String filename, String contentType, byte[] bytes) {
    return api.upload(
        "/api/v1/resumes", List.of(Uploads.file(filename, contentType, bytes)), token);
  }

  /** POST requests the server has finished answering (or given up on), from its own metrics. */
  private long finishedPosts() {
    return meters.find("http.server.requests").tag("method", "POST").timers().stream()
        .mapToLong(Timer::count)
        .sum();
  }

  private void awaitServerFinishedPosts(long count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (finishedPosts() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the server did not finish the cut request within 15 s");
      }
      Api.sleep(20);
    }
  }

  private long count() {
    return api.get("/api/v1/resumes", token).body().get("total").asLong();
  }

  private long jobs(String resumeId) {
    return jdbc.sql("select count(*) from parse_jobs where resume_id = :id")
        .param("id", UUID.fromString(resumeId))
        .query(Long.class)
        .single();
  }

  /** The ids of every stored file, read from the local store's folder. */
  private List<String> blobs() {
    Path root = coach.dataDirectory().resolve("blobs");
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
