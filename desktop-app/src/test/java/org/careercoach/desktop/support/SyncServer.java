package org.careercoach.desktop.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;

/**
 * The real sync server of this repository, started once per test JVM from its built jar (the test
 * class path carries it: desktop-app has a test-scoped dependency on sync-server), on embedded
 * PostgreSQL and Redis in a temporary folder. Access tokens live {@link #ACCESS_TOKEN_SECONDS}
 * seconds with no clock skew allowed, so tests see many refreshes. Rate limits are off: every test
 * signs in from the same address.
 */
public final class SyncServer {

  public static final int ACCESS_TOKEN_SECONDS = 3;
  static final String ADMIN_EMAIL = "admin@desktop-tests.invalid";
  static final String ADMIN_PASSWORD = "desktop tests admin " + UUID.randomUUID();
  private static final Pattern RESET_LINK = Pattern.compile("(https?://\\S+token=[A-Za-z0-9_-]+)");
  private static final MediaType JSON = MediaType.get("application/json");
  private static SyncServer shared;

  private final Path data;
  private final int port;
  private Map<String, String> settings;
  private final Path log;
  private final ServerAddress address;
  private Process process;
  private Duration clockShift = Duration.ZERO;
  private final OkHttpClient http =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();

  private SyncServer(Path data, int port, Map<String, String> settings, Path log) {
    this.data = data;
    this.port = port;
    this.settings = Map.copyOf(settings);
    this.log = log;
    this.address = ServerAddress.parse("http://127.0.0.1:" + port);
  }

  /** The one server of this JVM, started on first use (about 15 s) and stopped at exit. */
  public static synchronized SyncServer shared() throws IOException, InterruptedException {
    if (shared == null) {
      shared = startShared();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
    }
    return shared;
  }

  public ServerAddress address() {
    return address;
  }

  private static SyncServer startShared() throws IOException, InterruptedException {
    SyncServer server =
        new SyncServer(
            Files.createTempDirectory("coach-desktop-it-server"),
            freePort(),
            Map.of(),
            Path.of("target", "sync-server-it.log").toAbsolutePath());
    server.start();
    return server;
  }

  /**
   * A server of the calling test's own on {@code data} (its PostgreSQL, Redis and files), which the
   * test may {@link #stop()} and {@link #start()} again on the same port, e.g. after putting back
   * an older copy of the folder. {@code settings} are more environment variables (e.g. {@code
   * COACH_DRAFT_TOMBSTONE_DAYS}). Not stopped at exit by itself: the test closes it.
   */
  public static SyncServer own(Path data, Map<String, String> settings)
      throws IOException, InterruptedException {
    Path log = Path.of("target", "sync-server-" + data.getFileName() + ".log").toAbsolutePath();
    SyncServer server = new SyncServer(data, freePort(), settings, log);
    server.start();
    return server;
  }

  /** From the next {@link #start()} on, the environment variable {@code name} is {@code value}. */
  public synchronized void setting(String name, String value) {
    Map<String, String> changed = new java.util.HashMap<>(settings);
    changed.put(name, value);
    settings = Map.copyOf(changed);
  }

  /** Whether the server's log (all its starts) has a line with {@code text}. */
  public boolean logged(String text) throws IOException {
    return Files.readString(log).contains(text);
  }

  /** The server's log so far, of all its starts (a restart appends). */
  public String log() throws IOException {
    return Files.readString(log);
  }

  /** The parse job of the resume {@code resumeId} as the admins' list shows it, if it has one. */
  public Optional<JsonNode> parseJob(UUID resumeId) throws IOException {
    String admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).get("accessToken").asString();
    Request list =
        new Request.Builder()
            .url(
                address
                    .resolve("api/v1/admin/jobs")
                    .newBuilder()
                    .addQueryParameter("size", "200")
                    .build())
            .header("Authorization", "Bearer " + admin)
            .build();
    for (JsonNode job : json(list).get("items")) {
      if (job.get("resumeId").asString().equals(resumeId.toString())) {
        return Optional.of(job);
      }
    }
    return Optional.empty();
  }

  /** The data folder: copy it while the server is stopped to make a backup. */
  public Path dataFolder() {
    return data;
  }

  /** Starts the server unless it runs (a test that failed half way may have left it stopped). */
  public synchronized void ensureRunning() throws IOException, InterruptedException {
    if (process == null || !process.isAlive()) {
      start();
    }
  }

  /** Starts the server (again) on its folder and port; returns once it is healthy. */
  public synchronized void start() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("The server runs already");
    }
    Path jar = serverJar();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    if (clockShift.isZero()) {
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      // The jar's own launcher, which also loads ShiftedServerClock from a folder of ours.
      command.add("-Dloader.path=" + shiftedClockFolder());
      command.addAll(
          List.of(
              "-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("COACH_") || name.startsWith("REDIS_"));
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("COACH_DATA_DIR", data.toString());
    env.put("JWT_EXPIRES_IN", ACCESS_TOKEN_SECONDS + "s");
    env.put("COACH_AUTH_CLOCK_SKEW", "0s");
    env.put("COACH_RATE_LIMIT_ENABLED", "false");
    env.put("COACH_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("COACH_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("COACH_PUBLIC_URL", "http://localhost:" + port);
    env.putAll(settings);
    if (!clockShift.isZero()) {
      env.put(ShiftedServerClock.VARIABLE, clockShift.toString());
    }
    Files.createDirectories(log.getParent());
    // A restart appends to the log of the first start.
    builder
        .redirectErrorStream(true)
        .redirectOutput(
            process == null
                ? ProcessBuilder.Redirect.to(log.toFile())
                : ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = builder.start();
    awaitHealthy(Duration.ofSeconds(120));
  }

  private void awaitHealthy(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The sync server stopped while starting; see " + log + ":\n" + tail());
      }
      Request health = new Request.Builder().url(address.resolve("actuator/health")).build();
      try (Response response = http.newCall(health).execute()) {
        if (response.code() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: keep waiting.
      }
      Thread.sleep(250);
    }
    stop();
    throw new IllegalStateException("The sync server did not start in " + limit + "; see " + log);
  }

  private String tail() throws IOException {
    var lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /**
   * From the next {@link #start()} on, the server's clock runs {@code shift} ahead of this
   * computer's: tombstones and change-log entries look that much older to its purge, and cursors
   * that much staler. Zero puts it back.
   */
  public synchronized void shiftClock(Duration shift) {
    this.clockShift = shift;
  }

  /** A folder with ShiftedServerClock and the file that registers it with Spring Boot. */
  private static Path shiftedClockFolder() throws IOException {
    Path folder = Files.createTempDirectory("coach-shifted-clock");
    String name = ShiftedServerClock.class.getName();
    Path classFile = folder.resolve(name.replace('.', '/') + ".class");
    Files.createDirectories(classFile.getParent());
    try (var in =
        ShiftedServerClock.class.getResourceAsStream(
            ShiftedServerClock.class.getSimpleName() + ".class")) {
      Files.copy(in, classFile);
    }
    Path imports =
        folder.resolve(
            "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
    Files.createDirectories(imports.getParent());
    Files.writeString(imports, name + "\n");
    return folder;
  }

  /** Stops the server as an operator would (SIGTERM) and waits until it has exited. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        // Killed, it is gone only once it has exited: a start() right after would find it alive.
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The link in the newest password-reset mail to {@code email}, as the user would copy it. */
  public String mailedResetLink(String email) throws IOException, InterruptedException {
    String admin = signIn(ADMIN_EMAIL, ADMIN_PASSWORD).get("accessToken").asString();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    do {
      Request list =
          new Request.Builder()
              .url(
                  address
                      .resolve("api/v1/admin/emails")
                      .newBuilder()
                      .addQueryParameter("size", "200")
                      .build())
              .header("Authorization", "Bearer " + admin)
              .build();
      JsonNode page = json(list);
      for (JsonNode mail : page.get("items")) {
        if (mail.get("to").asString().equals(email)
            && mail.get("kind").asString().equals("PASSWORD_RESET")) {
          Matcher link = RESET_LINK.matcher(mail.get("textBody").asString());
          if (link.find()) {
            return link.group(1);
          }
        }
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new IllegalStateException("No password-reset mail reached " + email);
  }

  /** Creates an account straight through the API (not through the app). */
  public JsonNode register(String email, String password, String name) throws IOException {
    return post("api/v1/auth/register", Map.of("email", email, "password", password, "name", name));
  }

  public JsonNode signIn(String email, String password) throws IOException {
    return post("api/v1/auth/login", Map.of("email", email, "password", password));
  }

  /** Answers the status of a refresh with this token, e.g. to reuse one already rotated. */
  public int refreshStatus(String refreshToken) throws IOException {
    Request request =
        new Request.Builder()
            .url(address.resolve("api/v1/auth/refresh"))
            .post(body(Map.of("refreshToken", refreshToken)))
            .build();
    try (Response response = http.newCall(request).execute()) {
      return response.code();
    }
  }

  /** Ends every session of the account whose access token this is. */
  public void signOutEverywhere(String accessToken) throws IOException {
    Request request =
        new Request.Builder()
            .url(address.resolve("api/v1/auth/logout-all"))
            .header("Authorization", "Bearer " + accessToken)
            .post(RequestBody.create(new byte[0], null))
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() != 204) {
        throw new IOException("logout-all answered " + response.code());
      }
    }
  }

  private JsonNode post(String path, Map<String, String> body) throws IOException {
    return json(new Request.Builder().url(address.resolve(path)).post(body(body)).build());
  }

  private static RequestBody body(Map<String, String> body) {
    return RequestBody.create(CoachJson.mapper().writeValueAsBytes(body), JSON);
  }

  private JsonNode json(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      String text = response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(
            request.url().encodedPath() + " answered " + response.code() + ": " + text);
      }
      return CoachJson.mapper().readTree(text);
    }
  }

  /** A unique address for one test's account. */
  public static String uniqueEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The sync-server jar on the test class path; built by the reactor before this module. */
  private static Path serverJar() {
    Optional<Path> jar =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(path -> path.getFileName().toString().startsWith("sync-server"))
            .filter(path -> path.getFileName().toString().endsWith(".jar"))
            .findFirst();
    return jar.orElseThrow(
        () ->
            new IllegalStateException(
                "The sync-server jar is not on the test class path: build with"
                    + " ./mvnw verify (or -pl desktop-app -am)."));
  }
}
