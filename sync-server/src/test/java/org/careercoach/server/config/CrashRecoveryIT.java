package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.careercoach.server.SyncServerApplication;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.TestJobs;
import org.careercoach.server.support.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in a JVM of its own on its embedded defaults: {@code kill -9} leaves its
 * PostgreSQL and Redis running on the data folder, and the next start on that folder must stop them
 * and come up with every row and the queued job; a start that fails leaves nothing running.
 */
class CrashRecoveryIT {

  private static final Duration START_PATIENCE = Duration.ofSeconds(120);
  private static final String TEXT =
      "Ada Lovelace\nada@example.com\n\nExperience\nAnalyst, Engines Ltd, 2019 - 2023\n";

  @TempDir Path data;

  @Test
  void aServerOrWorkerKilledWithKillNineStartsAgainOnItsFolderWithEveryRowAndItsQueuedJob()
      throws Exception {
    String email = Accounts.email("crash");
    String resumeId;
    long postmaster;
    long redis;
    try (Server first = Server.start(data, Map.of("COACH_JOB_WORKERS", "false"))) {
      first.awaitHealthy();
      Api api = new Api(first.port);
      String token = api.register(email, Accounts.PASSWORD, "Cora Crash").accessToken();
      Api.Response upload =
          api.upload(
              "/api/v1/resumes",
              List.of(Uploads.file("cv.txt", "text/plain", TEXT.getBytes())),
              token);
      assertThat(upload.status()).isEqualTo(201);
      resumeId = upload.body().get("id").asString();
      assertThat(jobStatus(resumeId)).isEqualTo("QUEUED");

      postmaster = firstLine(data.resolve("postgres/postmaster.pid"));
      redis = firstLine(data.resolve("redis/redis.pid"));
      first.killNine();
    }
    // What broke the next start: the JVM is gone, its embedded processes are not.
    assertThat(alive(postmaster)).as("postmaster %s outlives kill -9", postmaster).isTrue();
    assertThat(alive(redis)).as("redis %s outlives kill -9", redis).isTrue();

    // The worker command on the same folder recovers the same way, and runs the queued job.
    try (Server worker = Server.start(data, Map.of(), "worker")) {
      worker.awaitLog("Job workers started");
      assertThat(gone(postmaster)).as("the orphaned postmaster is stopped").isTrue();
      assertThat(gone(redis)).as("the orphaned redis is stopped").isTrue();
      assertThat(worker.log())
          .contains("event=embedded_postgres_orphan_stopped pid=" + postmaster)
          .contains("event=embedded_redis_orphan_stopped pid=" + redis);
      assertThat(TestJobs.await(START_PATIENCE, () -> "SUCCEEDED".equals(jobStatus(resumeId))))
          .as("the job queued before the crash runs after it: %s", jobStatus(resumeId))
          .isTrue();
      postmaster = firstLine(data.resolve("postgres/postmaster.pid"));
      redis = firstLine(data.resolve("redis/redis.pid"));
      worker.killNine();
    }
    assertThat(alive(postmaster) && alive(redis)).as("the worker's parts outlive it").isTrue();

    try (Server second = Server.start(data, Map.of())) {
      second.awaitHealthy();
      assertThat(gone(postmaster)).as("the orphaned postmaster is stopped").isTrue();
      assertThat(gone(redis)).as("the orphaned redis is stopped").isTrue();

      assertThat(new Api(second.port).login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
      assertThat(jobStatus(resumeId)).isEqualTo("SUCCEEDED");

      long newPostmaster = firstLine(data.resolve("postgres/postmaster.pid"));
      long newRedis = firstLine(data.resolve("redis/redis.pid"));
      second.stop();
      assertThat(gone(newPostmaster)).as("a clean stop stops PostgreSQL").isTrue();
      assertThat(gone(newRedis)).as("a clean stop stops Redis").isTrue();
    }
    for (String secret : new String[] {"jwt-secret", "postgres-password", "redis-password"}) {
      assertThat(Files.getPosixFilePermissions(data.resolve(secret)))
          .as(secret)
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(embeddedProcessesOn(data)).isEmpty();
  }

  @Test
  void aStartThatFailsAfterItsEmbeddedPartsStartedLeavesNothingRunning() throws Exception {
    try (ServerSocket taken = new ServerSocket(0);
        Server failing = Server.start(data, Map.of("SERVER_PORT", "" + taken.getLocalPort()))) {
      assertThat(failing.process.waitFor(START_PATIENCE.toSeconds(), TimeUnit.SECONDS))
          .as("a failed start ends its JVM:\n%s", failing.log())
          .isTrue();
      assertThat(failing.process.exitValue()).isNotZero();
      assertThat(failing.log()).contains("Embedded Redis started").contains("already in use");
    }
    assertThat(embeddedProcessesOn(data)).isEmpty();
  }

  /** Processes whose command line names this data folder: the embedded PostgreSQL and Redis. */
  private static List<String> embeddedProcessesOn(Path data) {
    List<String> found = new ArrayList<>();
    ProcessHandle.allProcesses()
        .filter(ProcessHandle::isAlive)
        .forEach(
            p ->
                EmbeddedProcesses.commandLine(p)
                    .filter(line -> line.contains(data.toString()))
                    .ifPresent(line -> found.add(p.pid() + " " + line)));
    return found;
  }

  private String jobStatus(String resumeId) {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + postgresPort() + "/postgres",
                "postgres",
                Files.readString(data.resolve("postgres-password")).strip());
        PreparedStatement query =
            connection.prepareStatement("select status from parse_jobs where resume_id = ?")) {
      query.setObject(1, UUID.fromString(resumeId));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : "(no job)";
      }
    } catch (SQLException | IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** {@code postmaster.pid}'s fourth line is its port. */
  private int postgresPort() throws IOException {
    return Integer.parseInt(
        Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(3).strip());
  }

  private static long firstLine(Path pidFile) throws IOException {
    return Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
  }

  private static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static boolean gone(long pid) {
    return ProcessHandle.of(pid)
        .map(process -> EmbeddedProcesses.awaitExit(process, Duration.ofSeconds(10)))
        .orElse(true);
  }

  /** {@code java -cp … SyncServerApplication} on a data folder, as a user runs the jar. */
  private static final class Server implements AutoCloseable {
    final Process process;
    final int port;
    final Path log;

    private Server(Process process, int port, Path log) {
      this.process = process;
      this.port = port;
      this.log = log;
    }

    static Server start(Path data, Map<String, String> settings, String... args)
        throws IOException {
      int port = freePort();
      Path log = Files.createTempFile("crash-recovery-server-", ".log");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx384m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  SyncServerApplication.class.getName()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      Map<String, String> env = builder.environment();
      for (String inherited :
          new String[] {
            "DATABASE_URL",
            "SPRING_DATASOURCE_URL",
            "REDIS_HOST",
            "AWS_S3_BUCKET_NAME",
            "JWT_SECRET",
            "SPRING_PROFILES_ACTIVE"
          }) {
        env.remove(inherited);
      }
      env.put("COACH_DATA_DIR", data.toString());
      env.put("SERVER_PORT", Integer.toString(port));
      env.put("COACH_RATE_LIMIT_ENABLED", "false");
      env.putAll(settings);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      return new Server(builder.start(), Integer.parseInt(env.get("SERVER_PORT")), log);
    }

    void awaitHealthy() {
      HttpClient http = HttpClient.newHttpClient();
      boolean healthy =
          TestJobs.await(
              START_PATIENCE,
              () -> {
                if (!process.isAlive()) {
                  return true;
                }
                try {
                  return http.send(
                              HttpRequest.newBuilder(
                                      URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                  .timeout(Duration.ofSeconds(5))
                                  .build(),
                              HttpResponse.BodyHandlers.ofString())
                          .statusCode()
                      == 200;
                } catch (IOException e) {
                  return false;
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return false;
                }
              });
      if (!healthy || !process.isAlive()) {
        throw new AssertionError("the server did not become healthy:\n" + log());
      }
    }

    void awaitLog(String line) {
      boolean seen =
          TestJobs.await(START_PATIENCE, () -> !process.isAlive() || log().contains(line));
      if (!seen || !process.isAlive()) {
        throw new AssertionError("the process never logged \"" + line + "\":\n" + log());
      }
    }

    /** {@code kill -9}: the JVM ends at once, running no shutdown hook. */
    void killNine() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring closes the context, which stops the embedded parts. */
    void stop() throws InterruptedException {
      process.destroy();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM:\n%s", log()).isTrue();
    }

    String log() {
      try {
        return Files.readString(log);
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        stop();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
