package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The one connection to a profile's file, taken in turns. Its methods are synchronized, so the
 * autosave and a list load simply wait for each other (each takes milliseconds); failures of SQLite
 * come out as {@link StoreException}s in words, and use after {@link #close()} is refused.
 */
final class StoreConnection {

  private final Connection db;
  private final Path file;
  private boolean closed;

  StoreConnection(Connection db, Path file) {
    this.db = db;
    this.file = file;
  }

  /** For the table classes, which run only inside {@link #read} or {@link #write}. */
  Connection db() {
    return db;
  }

  Path file() {
    return file;
  }

  synchronized <T> T read(Transactions.Work<T> work) {
    ensureOpen();
    try {
      return work.run();
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  synchronized <T> T write(Transactions.Work<T> work) {
    ensureOpen();
    try {
      return Transactions.inOne(db, work);
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      db.close();
    } catch (SQLException e) {
      throw StoreErrors.map(e, file);
    }
  }

  synchronized boolean isClosed() {
    return closed;
  }

  private void ensureOpen() {
    if (closed) {
      throw new StoreException(
          StoreException.Kind.IO,
          "These drafts were closed (the profile changed, or the app is closing). Open the drafts"
              + " again.");
    }
  }
}
