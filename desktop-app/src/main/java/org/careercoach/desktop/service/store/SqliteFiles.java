package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/** Opens SQLite files with the pragmas ADR 0016 chose, and checks them. */
final class SqliteFiles {

  private SqliteFiles() {}

  static Connection connect(Path file, StoreOptions options) throws SQLException {
    createFolder(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(options.readOnly());
    config.setBusyTimeout((int) options.busyTimeout().toMillis());
    Connection db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = db.createStatement()) {
      if (!options.readOnly()) {
        // WAL: a commit is one append to the log; readers never block the writer.
        String mode = text(s, "PRAGMA journal_mode = WAL");
        if (!"wal".equalsIgnoreCase(mode)) {
          throw new SQLException("[SQLITE_CANTOPEN] WAL mode refused (" + mode + ")");
        }
      }
      // FULL: every commit syncs the log, so a power cut loses no transaction that returned.
      s.execute("PRAGMA synchronous = " + (options.syncEachCommit() ? "FULL" : "NORMAL"));
      // macOS: fsync does not reach the platter without F_FULLFSYNC.
      s.execute("PRAGMA fullfsync = ON");
      s.execute("PRAGMA checkpoint_fullfsync = ON");
      s.execute("PRAGMA foreign_keys = ON");
      // 16 MB of page cache: the drafts table, the search index and the resumes being edited.
      s.execute("PRAGMA cache_size = -16000");
      s.execute("PRAGMA trusted_schema = OFF");
      return db;
    } catch (SQLException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static void createFolder(Path file) throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (AccessDeniedException e) {
      throw new SQLException("[SQLITE_READONLY] cannot create " + e.getFile(), e);
    } catch (FileSystemException e) {
      String reason = String.valueOf(e.getReason()).toLowerCase(Locale.ROOT);
      String code = reason.contains("read-only") ? "SQLITE_READONLY" : "SQLITE_CANTOPEN";
      throw new SQLException("[" + code + "] cannot create " + e.getFile() + ": " + reason, e);
    } catch (IOException e) {
      throw new SQLException("[SQLITE_CANTOPEN] cannot create the folder: " + e.getMessage(), e);
    }
  }

  /** What {@code PRAGMA quick_check} finds wrong; empty when the file is sound. */
  static List<String> quickCheck(Connection db) throws SQLException {
    List<String> problems = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
      while (rs.next()) {
        String line = rs.getString(1);
        if (!"ok".equalsIgnoreCase(line)) {
          problems.add(line);
        }
      }
    }
    return problems;
  }

  private static String text(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : "";
    }
  }

  /** The file and the journal files SQLite keeps beside it. */
  static List<Path> withJournals(Path file) {
    return List.of(
        file,
        file.resolveSibling(file.getFileName() + "-wal"),
        file.resolveSibling(file.getFileName() + "-shm"));
  }
}
