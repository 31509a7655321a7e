package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Explicit transactions (BEGIN IMMEDIATE … COMMIT) on a connection left in auto-commit mode. */
final class Transactions {

  private Transactions() {}

  /**
   * Rolls back after {@code cause}. SQLite may have rolled back by itself already (after a full
   * disk, say), so a failing ROLLBACK is kept with the cause instead of hiding it.
   */
  static void rollback(Connection db, Throwable cause) {
    try (Statement s = db.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException rollbackFailed) {
      cause.addSuppressed(rollbackFailed);
    }
  }
}
