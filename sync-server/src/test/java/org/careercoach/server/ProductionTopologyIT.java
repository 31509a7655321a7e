package org.careercoach.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.events.SseClient;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.LocalS3;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;

/**
 * Production's shape on one machine: two API instances ({@code COACH_JOB_WORKERS=false}) and one
 * {@code worker} process, each a JVM of the real jar, sharing one PostgreSQL (the embedded
 * binaries, started once as a standalone server), one Redis and one S3 server (S3Proxy), under a
 * client that sends each request to either instance at random. Nothing here shares memory: every
 * promise below holds only through the shared parts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionTopologyIT {

  private static final Duration START = Duration.ofSeconds(180);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BUCKET = "coach-topology";
  private static final int UPLOADS_PER_HOUR = 4;
  private static final long SEED = System.nanoTime();
  private static final Random RANDOM = new Random(SEED);
  private static final byte[] RESUME =
      ("Ana Lima\nana@example.com\n+44 20 7946 0000\n\nExperience\nAcme | Engineer\n"
              + "Jan 2019 - Present\n- Cut build times by 40%\n\nEducation\nUniversity of London\n"
              + "BSc Mathematics 2015 - 2018\n")
          .getBytes(StandardCharsets.UTF_8);

  private static EmbeddedPostgres postgres;
  private static RedisServer redis;
  private static int redisPort;
  private static LocalS3 s3;
  private static Path folder;
  private static Instance a;
  private static Instance b;
  private static Instance worker;

  /** One JVM of the jar, its port (0 for the worker) and its log. */
  record Instance(String name, Process process, int port, Path log) {
    Api api() {
      return new Api(port);
    }

    String logText() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }
  }

  @BeforeAll
  static void startTheTopology() throws Exception {
    folder = Files.createTempDirectory("coach-topology");
    postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
    redisPort = freePort();
    redis =
        RedisServer.newRedisServer()
            .port(redisPort)
            .bind("127.0.0.1")
            .setting("appendonly yes")
            .setting("maxmemory-policy noeviction")
            .setting("dir " + folder)
            .onShutdownForceStop(true)
            .build();
    redis.start();
    s3 = LocalS3.start(BUCKET);
    // One instance migrates the schema first; the others then start together.
    a = start("a", List.of());
    awaitHealthy(a);
    b = start("b", List.of());
    worker = start("worker", List.of("worker"));
    awaitHealthy(b);
    await(
        () -> worker.logText().contains("Job workers started"),
        START,
        () -> "the worker did not start:\n" + worker.logText());
    System.out.println("ProductionTopologyIT: the client's random seed is " + SEED);
  }

  @AfterAll
  static void stopTheTopology() throws Exception {
    for (Instance instance : new Instance[] {a, b, worker}) {
      if (instance != null) {
        instance.process().destroy();
        if (!instance.process().waitFor(60, TimeUnit.SECONDS)) {
          instance.process().destroyForcibly();
        }
      }
    }
    if (s3 != null) {
      s3.close();
    }
    if (redis != null) {
      redis.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aSignOutOnOneInstanceIsRefusedOnTheOtherAtOnce() {
    String email = Accounts.email("topology-out");
    any().register(email, Accounts.PASSWORD, "Oona Out");
    TokenPair session = any().login(email, Accounts.PASSWORD);
    assertThat(a.api().get("/api/v1/me", session.accessToken()).status()).isEqualTo(200);
    assertThat(b.api().get("/api/v1/me", session.accessToken()).status()).isEqualTo(200);

    Api out = any();
    Api other = out.port() == a.port() ? b.api() : a.api();
    assertThat(
            out.post(
                    "/api/v1/auth/logout",
                    Map.of("refreshToken", session.refreshToken()),
                    session.accessToken())
                .status())
        .isEqualTo(204);

    assertThat(other.get("/api/v1/me", session.accessToken()).status())
        .as("the access token of an ended session, on the other instance")
        .isEqualTo(401);
    assertThat(other.refresh(session.refreshToken()).status()).isEqualTo(401);
  }

  @Test
  void anUploadOnOneIsParsedByTheWorkerAndItsEventsReachAStreamHeldByTheOther() {
    String email = Accounts.email("topology-upload");
    String token = any().register(email, Accounts.PASSWORD, "Una Upload").accessToken();
    try (SseClient stream = SseClient.open(b.port(), token)) {
      Api.Response uploaded = a.api().upload("/api/v1/resumes", resume("cv.txt"), token);
      assertThat(uploaded.status()).isEqualTo(201);
      String id = uploaded.body().get("id").asString();

      stream.await(
          () ->
              stream.lines().stream()
                  .anyMatch(line -> line.contains(id) && line.contains("SUCCEEDED")),
          PATIENCE,
          "told, on instance b, that the file uploaded to a was parsed");
      assertThat(
              any()
                  .get("/api/v1/resumes/" + id + "/parsed", token)
                  .body()
                  .at("/basics/name")
                  .asString())
          .isEqualTo("Ana Lima");
    }
  }

  @Test
  void aDraftChangedThroughOneReachesADeviceListeningOnTheOther() throws Exception {
    String email = Accounts.email("topology-draft");
    String token = any().register(email, Accounts.PASSWORD, "Dee Draft").accessToken();
    UUID draft = UUID.randomUUID();
    try (SseClient laptop = SseClient.open(a.port(), token)) {
      HttpResponse<String> put =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + b.port() + "/api/v1/drafts/" + draft))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .PUT(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"title\":\"Sent from b\",\"resume\":{\"basics\":{\"name\":\"Dee\"}}}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).as(put.body()).isIn(200, 201);

      String expected = "data:{\"id\":\"" + draft + "\",\"version\":1}";
      laptop.await(
          () -> laptop.lines().contains(expected), PATIENCE, "told on a of the draft written on b");
    }
  }

  @Test
  void theHourlyUploadLimitHoldsAcrossBothInstances() {
    String email = Accounts.email("topology-limit");
    String token = any().register(email, Accounts.PASSWORD, "Lim It").accessToken();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i <= UPLOADS_PER_HOUR; i++) {
      // Different content each time: the same file again is answered with the one stored.
      statuses.add(any().upload("/api/v1/resumes", resume("cv-" + i + ".txt", i), token).status());
    }

    assertThat(statuses.subList(0, UPLOADS_PER_HOUR)).containsOnly(201);
    assertThat(statuses.get(UPLOADS_PER_HOUR))
        .as("the limit is the account's, whichever instance counts it")
        .isEqualTo(429);
  }

  @Test
  void theWorkersHealthCheckPassesWhileItBeatsAndFailsOnceItIsFrozen() throws Exception {
    await(
        () -> workerAlive(5).exit() == 0,
        PATIENCE,
        () -> "the working worker is not healthy: " + workerAlive(5));

    // SIGSTOP: the process lives on, but does nothing, as a hung JVM would.
    signal("STOP", worker);
    try {
      await(
          () -> workerAlive(3).exit() == 1,
          PATIENCE,
          () -> "a frozen worker still counts as healthy: " + workerAlive(3));
      assertThat(workerAlive(3).output()).contains("last heartbeat").contains("s ago");
    } finally {
      signal("CONT", worker);
    }
    await(
        () -> workerAlive(3).exit() == 0,
        PATIENCE,
        () -> "the worker did not come back: " + workerAlive(3));
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: the others use both instances as they were
  void killingAnInstanceMidUploadLosesNothingItAcknowledged() throws Exception {
    String email = Accounts.email("topology-kill");
    String token = any().register(email, Accounts.PASSWORD, "Kim Kill").accessToken();
    Instance victim = a;
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Api.Response done =
          victim.api().upload("/api/v1/resumes", resume("kept-" + i + ".txt", i), token);
      assertThat(done.status()).isEqualTo(201);
      acknowledged.add(done.body().get("id").asString());
    }
    // A third upload sends half its body and holds the rest: the instance dies while reading it.
    AtomicInteger sent = new AtomicInteger();
    CountDownLatch rest = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> slow = halfUpload(victim.port(), token, sent, rest);
    try {
      await(() -> sent.get() > 0, PATIENCE, () -> "the held upload never got under way");
      victim.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } finally {
      rest.countDown();
    }
    a = start("a-again", List.of());

    assertThat(slow).failsWithin(Duration.ofSeconds(30));
    for (String id : acknowledged) {
      await(
          () ->
              "PARSED"
                  .equals(
                      b.api().get("/api/v1/resumes/" + id, token).body().path("status").asString()),
          PATIENCE,
          () -> "an acknowledged upload is kept and parsed: " + id);
    }
    JsonNode listed = b.api().get("/api/v1/resumes", token).body().get("items");
    assertThat(listed).hasSize(acknowledged.size());
    awaitHealthy(a);
  }

  /** An upload that sends the first half of its body, then waits for {@code rest} and ends. */
  private static CompletableFuture<HttpResponse<String>> halfUpload(
      int port, String token, AtomicInteger sent, CountDownLatch rest) {
    byte[] padding = new byte[64 * 1024];
    java.util.Arrays.fill(padding, (byte) 'x');
    byte[] body =
        Uploads.body(
            List.of(
                Uploads.file(
                    "held.txt",
                    "text/plain",
                    (new String(RESUME, StandardCharsets.UTF_8)
                            + new String(padding, StandardCharsets.US_ASCII))
                        .getBytes(StandardCharsets.UTF_8))));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/resumes"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + Uploads.BOUNDARY)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> half(body, sent, rest)),
                    body.length))
            .build();
    return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The first half of {@code body}; then it blocks until {@code rest}, and ends short. */
  private static InputStream half(byte[] body, AtomicInteger sent, CountDownLatch rest) {
    return new InputStream() {
      private int at;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (at >= body.length / 2) {
          try {
            rest.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return -1;
        }
        int n = Math.min(length, body.length / 2 - at);
        System.arraycopy(body, at, into, offset, n);
        at += n;
        sent.addAndGet(n);
        return n;
      }
    };
  }

  /** Either instance, at random (the seed is printed, to replay a failure). */
  private static Api any() {
    return RANDOM.nextBoolean() ? a.api() : b.api();
  }

  private static List<Uploads.Part> resume(String name) {
    return resume(name, 0);
  }

  private static List<Uploads.Part> resume(String name, int variant) {
    String text = new String(RESUME, StandardCharsets.UTF_8) + "\nVariant " + variant + "\n";
    return List.of(Uploads.file(name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Instance start(String name, List<String> mode) throws IOException {
    int port = mode.isEmpty() ? freePort() : 0;
    Path log = folder.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-jar");
    command.add(Path.of("target", "sync-server.jar").toAbsolutePath().toString());
    command.addAll(mode);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.putAll(sharedSettings());
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("COACH_DATA_DIR", folder.resolve("data-" + name).toString());
    env.put("COACH_JOB_WORKERS", mode.isEmpty() ? "false" : "true");
    if (!mode.isEmpty()) {
      // The worker's container health check reads this file (deploy/worker-alive.sh).
      env.put("COACH_JOB_HEARTBEAT_FILE", heartbeatFile().toString());
      env.put("COACH_JOB_HEARTBEAT_EVERY", "1s");
    }
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new Instance(name, builder.start(), port, log);
  }

  /** What every process of the deployment is given, as an operator's environment would. */
  private static Map<String, String> sharedSettings() {
    Map<String, String> env = new HashMap<>();
    env.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
    env.put("SPRING_DATASOURCE_USERNAME", "postgres");
    env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
    env.put("REDIS_HOST", "127.0.0.1");
    env.put("REDIS_PORT", Integer.toString(redisPort));
    env.put("AWS_S3_BUCKET_NAME", BUCKET);
    env.put("AWS_ENDPOINT_URL", s3.endpoint().toString());
    env.put("COACH_S3_PATH_STYLE", "true");
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", LocalS3.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", LocalS3.SECRET_KEY);
    env.put("JWT_SECRET", "topology-only-secret-0123456789012345678901234567890123456789");
    env.put("COACH_UPLOADS_PER_HOUR", Integer.toString(UPLOADS_PER_HOUR));
    env.put("COACH_ADMIN_EMAIL", "");
    env.put("COACH_ADMIN_PASSWORD", "");
    env.remove("ANTHROPIC_API_KEY");
    env.remove("COACH_AI_PROVIDER");
    return env;
  }

  private static void awaitHealthy(Instance instance) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    await(
        () -> {
          if (!instance.process().isAlive()) {
            throw new AssertionError(instance.name() + " stopped:\n" + instance.logText());
          }
          try {
            return http.send(
                        HttpRequest.newBuilder(
                                URI.create(
                                    "http://localhost:" + instance.port() + "/actuator/health"))
                            .build(),
                        HttpResponse.BodyHandlers.discarding())
                    .statusCode()
                == 200;
          } catch (IOException e) {
            return false;
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        },
        START,
        () -> instance.name() + " did not become healthy:\n" + instance.logText());
  }

  private static Path heartbeatFile() {
    return folder.resolve("worker-heartbeat");
  }

  record Check(int exit, String output) {}

  /** The worker container's health check, deploy/worker-alive.sh, as Docker runs it. */
  private static Check workerAlive(int maxAgeSeconds) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(
                  "bash",
                  Path.of("..", "deploy", "worker-alive.sh").toString(),
                  Integer.toString(maxAgeSeconds))
              .redirectErrorStream(true);
      builder.environment().put("COACH_JOB_HEARTBEAT_FILE", heartbeatFile().toString());
      Process check = builder.start();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!check.waitFor(10, TimeUnit.SECONDS)) {
        check.destroyForcibly();
        throw new AssertionError("the health check did not finish");
      }
      return new Check(check.exitValue(), output.strip());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void signal(String signal, Instance instance) throws Exception {
    Process kill =
        new ProcessBuilder("kill", "-" + signal, Long.toString(instance.process().pid()))
            .inheritIO()
            .start();
    assertThat(kill.waitFor()).as("kill -" + signal).isZero();
  }

  private static void await(BooleanSupplier condition, Duration within, Supplier<String> why) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(why.get());
      }
      Api.sleep(100);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
