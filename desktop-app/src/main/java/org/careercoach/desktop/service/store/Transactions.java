package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Explicit transactions (BEGIN IMMEDIATE … COMMIT) on a connection left in auto-commit mode. */
final class Transactions {

  /** Work on the connection, which may fail as SQLite does. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transactions() {}

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  static <T> T inOne(Connection db, Work<T> work) throws SQLException {
    try (Statement begin = db.createStatement()) {
      begin.execute("BEGIN IMMEDIATE");
    }
    try {
      T result = work.run();
      try (Statement commit = db.createStatement()) {
        commit.execute("COMMIT");
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(db, e);
      throw e;
    }
  }

  /**
   * Rolls back after {@code cause}. SQLite may have rolled back by itself already (after a full
   * disk, say), so a failing ROLLBACK is kept with the cause instead of hiding it.
   */
  private static void rollback(Connection db, Throwable cause) {
    try (Statement s = db.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException rollbackFailed) {
      cause.addSuppressed(rollbackFailed);
    }
  }
}
