package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;

/**
 * Real failures of a real store, for the tests of screens that save through one: they live in other
 * packages and cannot reach the store's package-private limits. Each failure is SQLite's own (as in
 * {@link StoreFailuresTest}), so the screen sees the {@link StoreException} and the message the app
 * would show; each is a {@link Fault} the test removes to check the recovery.
 */
public final class StoreFaults {

  private StoreFaults() {}

  /** A failure in place until {@link #remove()}; removing twice is harmless. */
  public interface Fault extends AutoCloseable {

    void remove();

    /** Removes the fault, so a test that fails half way leaves a shared store usable. */
    @Override
    default void close() {
      remove();
    }
  }

  /**
   * Opens a store that gives up on a file another program holds after {@code busyTimeout} (the app
   * waits {@link StoreOptions#DEFAULT 3 s}; a test of the refusal need not).
   */
  public static SqliteDraftStore open(Path file, Clock clock, Duration busyTimeout) {
    return SqliteDraftStore.open(
        file, clock, new StoreOptions(busyTimeout, false).withoutSyncEachCommit());
  }

  /**
   * Fills the disk: the file may not grow past its present size ({@code PRAGMA max_page_count}), so
   * a save that needs a new page fails with {@link StoreException.Kind#DISK_FULL}. A save that fits
   * in the pages already there still works, as on a real full disk.
   */
  public static Fault diskFull(SqliteDraftStore store) {
    String limit = store.pragma("PRAGMA max_page_count");
    store.pragma("PRAGMA max_page_count = " + store.pragma("PRAGMA page_count"));
    return once(() -> store.pragma("PRAGMA max_page_count = " + limit));
  }

  /**
   * Another program holding the store's file: a second connection in {@code BEGIN EXCLUSIVE}, so
   * every write fails with {@link StoreException.Kind#LOCKED} once the store's busy timeout runs
   * out. Reads still work (the file is in WAL mode). Removing it rolls back and lets go.
   */
  public static Fault heldByAnotherProgram(SqliteDraftStore store) throws SQLException {
    Connection other = DriverManager.getConnection("jdbc:sqlite:" + store.file().toAbsolutePath());
    try {
      try (Statement s = other.createStatement()) {
        s.execute("BEGIN EXCLUSIVE");
      }
    } catch (SQLException e) {
      other.close();
      throw e;
    }
    return once(
        () -> {
          try (other;
              Statement s = other.createStatement()) {
            s.execute("ROLLBACK");
          } catch (SQLException e) {
            throw new IllegalStateException("could not let go of " + store.file(), e);
          }
        });
  }

  private static Fault once(Runnable removal) {
    return new Fault() {
      private boolean removed;

      @Override
      public synchronized void remove() {
        if (!removed) {
          removed = true;
          removal.run();
        }
      }
    };
  }
}
