package org.careercoach.desktop.service.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One statement with its values, run on the store's connection. Each table's class states only its
 * SQL and how a row reads; the binding and closing, which would otherwise be written out for every
 * statement, are here. Values are bound by type: ids and dates as text, instants as epoch
 * milliseconds (as every time column is kept), enums by name, {@code null} as SQL NULL.
 */
final class Rows {

  /** Reads one row of a result into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private Rows() {}

  static int update(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      return s.executeUpdate();
    }
  }

  static <T> List<T> list(Connection db, String sql, Reader<T> reader, Object... values)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      List<T> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(reader.read(rs));
        }
      }
      return found;
    }
  }

  /** The first row's value, if the statement gives any row. */
  static <T> Optional<T> first(Connection db, String sql, Reader<T> reader, Object... values)
      throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      bind(s, values);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
      }
    }
  }

  static Instant instant(ResultSet rs, int column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static UUID uuid(ResultSet rs, int column) throws SQLException {
    return UUID.fromString(rs.getString(column));
  }

  static StoreException notFound(String what) {
    return new StoreException(
        StoreException.Kind.NOT_FOUND,
        "That " + what + " is no longer here: it was deleted, or moved to another profile.");
  }

  private static void bind(PreparedStatement s, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      int at = i + 1;
      Object value = values[i];
      if (value == null) {
        s.setNull(at, Types.INTEGER);
      } else if (value instanceof Long || value instanceof Integer) {
        s.setLong(at, ((Number) value).longValue());
      } else if (value instanceof Instant instant) {
        s.setLong(at, instant.toEpochMilli());
      } else if (value instanceof Enum<?> name) {
        s.setString(at, name.name());
      } else if (value instanceof String || value instanceof UUID || value instanceof LocalDate) {
        s.setString(at, value.toString());
      } else {
        throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
      }
    }
  }
}
