package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** {@link ResumeFileStore} on a profile's SQLite file and its {@code files/} folder. */
final class SqliteResumeFileStore implements ResumeFileStore {

  static final String FOLDER = "files";
  static final String TEMP_SUFFIX = ".part";
  private static final String ORIGINAL = "original:";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final String COLUMNS =
      "sha256, filename, size, content_type, added_at, state, problem, resume_id, attempts,"
          + " next_attempt";

  private final StoreConnection connection;
  private final Path folder;
  private final Clock clock;

  SqliteResumeFileStore(StoreConnection connection, Clock clock) {
    this.connection = connection;
    this.folder = connection.file().toAbsolutePath().getParent().resolve(FOLDER);
    this.clock = clock;
  }

  @Override
  public Path folder() {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new StoreException(
          StoreException.Kind.IO, StoreErrors.message(StoreException.Kind.IO, folder, e), e);
    }
    return folder;
  }

  @Override
  public Path copyOf(String sha256) {
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
    }
    return folder.resolve(sha256);
  }

  @Override
  public List<Queued> queue() {
    return connection.read(
        () ->
            Rows.list(
                connection.db(),
                "SELECT " + COLUMNS + " FROM upload_queue ORDER BY added_at, sha256",
                SqliteResumeFileStore::queued));
  }

  @Override
  public Optional<Queued> queued(String sha256) {
    return connection.read(
        () ->
            Rows.first(
                connection.db(),
                "SELECT " + COLUMNS + " FROM upload_queue WHERE sha256 = ?",
                SqliteResumeFileStore::queued,
                sha256));
  }

  @Override
  public void enqueue(Queued row, Path tempCopy) {
    Path target = copyOf(row.sha256());
    move(tempCopy, target);
    try {
      connection.write(
          () ->
              Rows.update(
                  connection.db(),
                  "INSERT INTO upload_queue ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  values(row)));
    } catch (RuntimeException e) {
      deleteQuietly(target, e);
      throw e;
    }
  }

  @Override
  public void update(Queued row) {
    connection.write(
        () ->
            Rows.update(
                connection.db(),
                "UPDATE upload_queue SET filename = ?, size = ?, content_type = ?, added_at = ?,"
                    + " state = ?, problem = ?, resume_id = ?, attempts = ?, next_attempt = ?"
                    + " WHERE sha256 = ?",
                row.filename(),
                row.size(),
                row.contentType(),
                row.addedAt(),
                row.state(),
                row.problem(),
                row.resumeId(),
                row.attempts(),
                row.nextAttempt(),
                row.sha256()));
  }

  @Override
  public void uploaded(String sha256, UUID resumeId) {
    connection.write(
        () -> {
          Rows.update(connection.db(), "DELETE FROM upload_queue WHERE sha256 = ?", sha256);
          putCache(ORIGINAL + sha256, resumeId.toString());
          return null;
        });
  }

  @Override
  public void forget(String sha256, UUID resumeId) {
    connection.write(
        () -> {
          Rows.update(connection.db(), "DELETE FROM upload_queue WHERE sha256 = ?", sha256);
          Rows.update(connection.db(), "DELETE FROM upload_cache WHERE key = ?", ORIGINAL + sha256);
          if (resumeId != null) {
            Rows.update(
                connection.db(), "DELETE FROM upload_cache WHERE key = ?", "parsed:" + resumeId);
          }
          return null;
        });
    // After the rows: a crash in between leaves an orphan copy, removed at the next start.
    try {
      Files.deleteIfExists(copyOf(sha256));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void keptOriginal(String sha256) {
    connection.write(
        () -> {
          putCache(ORIGINAL + sha256, "downloaded");
          return null;
        });
  }

  @Override
  public int removeOrphans() {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int removed = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        boolean orphan =
            name.endsWith(TEMP_SUFFIX)
                || (SHA256.matcher(name).matches()
                    && queued(name).isEmpty()
                    && cached(ORIGINAL + name).isEmpty());
        if (orphan && Files.deleteIfExists(file)) {
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }

  @Override
  public void keepCorrections(
      String sha256, UUID resumeId, List<KeptCorrection> corrections, Instant at) {
    connection.write(
        () -> {
          for (KeptCorrection c : corrections) {
            try (var insert =
                connection
                    .db()
                    .prepareStatement(
                        "INSERT INTO upload_corrections (sha256, resume_id, field, parsed,"
                            + " corrected, confidence, at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
              insert.setString(1, sha256);
              insert.setString(2, resumeId == null ? null : resumeId.toString());
              insert.setString(3, c.field());
              insert.setString(4, c.parsed());
              insert.setString(5, c.corrected());
              insert.setDouble(6, c.confidence());
              insert.setLong(7, at.toEpochMilli());
              insert.executeUpdate();
            }
          }
          return null;
        });
  }

  @Override
  public List<KeptCorrection> corrections(String sha256) {
    return connection.read(
        () ->
            Rows.list(
                connection.db(),
                "SELECT field, parsed, corrected, confidence FROM upload_corrections"
                    + " WHERE sha256 = ? ORDER BY id",
                rs ->
                    new KeptCorrection(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)),
                sha256));
  }

  @Override
  public Optional<String> cached(String key) {
    return connection.read(
        () ->
            Rows.first(
                connection.db(),
                "SELECT value FROM upload_cache WHERE key = ?",
                rs -> rs.getString(1),
                key));
  }

  @Override
  public void cache(String key, String value) {
    connection.write(
        () -> {
          putCache(key, value);
          return null;
        });
  }

  @Override
  public void uncache(String key) {
    connection.write(
        () -> Rows.update(connection.db(), "DELETE FROM upload_cache WHERE key = ?", key));
  }

  private void putCache(String key, String value) throws SQLException {
    Rows.update(
        connection.db(),
        "INSERT INTO upload_cache (key, value, at) VALUES (?, ?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value, at = excluded.at",
        key,
        value,
        clock.instant());
  }

  private static Object[] values(Queued row) {
    return new Object[] {
      row.sha256(),
      row.filename(),
      row.size(),
      row.contentType(),
      row.addedAt(),
      row.state(),
      row.problem(),
      row.resumeId(),
      row.attempts(),
      row.nextAttempt()
    };
  }

  private static Queued queued(ResultSet rs) throws SQLException {
    String resumeId = rs.getString(8);
    return new Queued(
        rs.getString(1),
        rs.getString(2),
        rs.getLong(3),
        rs.getString(4),
        Rows.instant(rs, 5),
        QueueState.valueOf(rs.getString(6)),
        rs.getString(7),
        resumeId == null ? null : UUID.fromString(resumeId),
        rs.getInt(9),
        Rows.instant(rs, 10));
  }

  private static void move(Path from, Path to) {
    try {
      try {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StoreException(
          StoreException.Kind.IO, StoreErrors.message(StoreException.Kind.IO, to, e), e);
    }
  }

  private static void deleteQuietly(Path file, Exception cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
