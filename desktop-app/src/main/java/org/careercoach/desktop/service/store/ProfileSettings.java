package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The table {@code settings}: small facts about a profile kept with its drafts, so they move and
 * are backed up with them (such as whether moving the local drafts in was offered).
 */
final class ProfileSettings {

  private final Connection db;

  ProfileSettings(Connection db) {
    this.db = db;
  }

  Optional<String> get(String key) throws SQLException {
    return Rows.first(db, "SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key);
  }

  void put(String key, String value) throws SQLException {
    Rows.update(
        db,
        "INSERT INTO settings (key, value) VALUES (?, ?)"
            + " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        key,
        value);
  }
}
