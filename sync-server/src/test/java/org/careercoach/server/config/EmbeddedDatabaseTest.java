package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL on a real data folder: only its password lets anyone in, an older folder
 * that trusted every local user is fixed at its next start, and a pid file naming someone else's
 * process does not stop the start.
 */
class EmbeddedDatabaseTest {

  @TempDir Path data;

  @Test
  void onlyThePasswordInTheDataFolderOpensTheDatabaseAndOnlyOverLoopback() throws Exception {
    System.setProperty("sc", "off");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      Path passwordFile = data.resolve("postgres-password");
      assertThat(Files.getPosixFilePermissions(passwordFile))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThat(db.password()).isEqualTo(Files.readString(passwordFile).strip()).hasSize(43);

      assertThatThrownBy(() -> connect(db.jdbcUrl(), null))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("no password was provided");
      assertThatThrownBy(() -> connect(db.jdbcUrl(), "not-the-password"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("password authentication failed for user \"postgres\"");

      try (Connection connection = connect(db.jdbcUrl(), db.password())) {
        assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(setting(connection, "unix_socket_directories")).isEmpty();
        assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
        // The undocumented -Dsc switch that could turn off durable commits is gone.
        assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        assertThat(setting(connection, "fsync")).isEqualTo("on");
        assertThat(
                query(
                    connection,
                    "SELECT count(*) FROM pg_hba_file_rules"
                        + " WHERE auth_method <> 'scram-sha-256' OR type <> 'host'"))
            .isEqualTo("0");
      }
    } finally {
      System.clearProperty("sc");
    }
  }

  @Test
  void aFolderMadeBeforePasswordsIsSecuredAtItsNextStartAndKeepsItsData() throws Exception {
    Path dir = data.resolve("postgres");
    // Exactly how the server created its folder before: initdb's trust for every local user.
    try (EmbeddedPostgres old =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "50")
                .start();
        Connection connection = old.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA legacy");
      statement.execute("CREATE TABLE legacy.kept (note text)");
      statement.execute("INSERT INTO legacy.kept VALUES ('written before the upgrade')");
    }
    assertThat(data.resolve("postgres-password")).doesNotExist();

    try (EmbeddedDatabase db = EmbeddedDatabase.start(data)) {
      assertThat(Files.getPosixFilePermissions(data.resolve("postgres-password")))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      assertThatThrownBy(() -> connect(db.jdbcUrl(), null))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("no password was provided");
      try (Connection connection = connect(db.jdbcUrl(), db.password())) {
        assertThat(query(connection, "SELECT note FROM legacy.kept"))
            .isEqualTo("written before the upgrade");
      }
    }
    assertThat(Files.readString(dir.resolve("pg_hba.conf"))).isEqualTo(EmbeddedDatabase.HBA);
  }

  @Test
  void aPostmasterPidNamingSomeoneElsesProcessIsRemovedAndThatProcessLeftAlone() throws Exception {
    EmbeddedDatabase.start(data).close();
    Path dir = data.resolve("postgres").toAbsolutePath();
    Process stranger = new ProcessBuilder("sleep", "60").start();
    try {
      // A pid reused after a crash: the file even names this folder, but the process is not ours.
      Files.writeString(dir.resolve("postmaster.pid"), stranger.pid() + "\n" + dir + "\n");

      try (EmbeddedDatabase db = EmbeddedDatabase.start(data);
          Connection connection = connect(db.jdbcUrl(), db.password())) {
        assertThat(query(connection, "SELECT 1")).isEqualTo("1");
        assertThat(stranger.isAlive()).isTrue();
      }
    } finally {
      stranger.destroyForcibly();
    }
  }

  @Test
  void aSecondStartOnAFolderInUseIsRefusedAndLeavesTheRunningDatabaseAlone() throws Exception {
    try (EmbeddedDatabase first = EmbeddedDatabase.start(data)) {
      assertThatThrownBy(() -> EmbeddedDatabase.start(data))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(
              "Another Career Coach server or worker is running its embedded PostgreSQL");
      try (Connection connection = connect(first.jdbcUrl(), first.password())) {
        assertThat(query(connection, "SELECT 1")).isEqualTo("1");
      }
    }
  }

  private static Connection connect(String url, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(url, properties);
  }

  private static String setting(Connection connection, String name) throws SQLException {
    return query(connection, "SHOW " + name);
  }

  private static String query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
