package org.careercoach.desktop.service.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into {@link StoreException}s whose message says what to do. */
final class StoreErrors {

  private StoreErrors() {}

  static StoreException map(SQLException failure, Path file) {
    StoreException.Kind kind = kindOf(failure);
    if (kind == StoreException.Kind.IO
        && codeName(failure).startsWith("SQLITE_CANTOPEN")
        && !writable(file)) {
      // SQLite says only that it cannot open the file (or its -wal beside it); the folder says why.
      kind = StoreException.Kind.READ_ONLY;
    }
    return new StoreException(kind, message(kind, file, failure), failure);
  }

  private static StoreException.Kind kindOf(SQLException failure) {
    String code = codeName(failure);
    if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
      return StoreException.Kind.LOCKED;
    }
    if (code.startsWith("SQLITE_FULL")) {
      return StoreException.Kind.DISK_FULL;
    }
    if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_PERM")) {
      return StoreException.Kind.READ_ONLY;
    }
    if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
      return StoreException.Kind.CORRUPT;
    }
    return StoreException.Kind.IO;
  }

  private static boolean writable(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    return (!Files.exists(folder) || Files.isWritable(folder))
        && (!Files.exists(file) || Files.isWritable(file));
  }

  /** The result code's name; the driver sometimes gives it only in the message. */
  private static String codeName(SQLException failure) {
    if (failure instanceof SQLiteException sqlite
        && sqlite.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
      return sqlite.getResultCode().name();
    }
    String text = String.valueOf(failure.getMessage()).toUpperCase(Locale.ROOT);
    int at = text.indexOf("[SQLITE_");
    return at < 0 ? "" : text.substring(at + 1, Math.max(at + 1, text.indexOf(']', at)));
  }

  static String message(StoreException.Kind kind, Path file, Throwable failure) {
    return switch (kind) {
      case LOCKED ->
          "Your drafts are in use by another program (a second Career Coach, a backup or a sync"
              + " tool holding "
              + file
              + "). Close it, then try again.";
      case DISK_FULL ->
          "The disk holding your drafts is full, so the last change was not saved. Free some space"
              + " on it, then try again.";
      case READ_ONLY ->
          "Your drafts cannot be written: the folder "
              + file.getParent()
              + " or its file is read-only. Make it writable, or start the app with COACH_DATA_DIR"
              + " set to a folder you can write.";
      case CORRUPT ->
          "Your drafts file "
              + file
              + " is damaged. Restart the app: it sets the file aside and restores the latest"
              + " backup.";
      case NOT_FOUND -> "That draft is no longer here: it was deleted or moved.";
      case IO ->
          "Your drafts could not be read or written ("
              + failure.getMessage()
              + "). Try again; if it goes on, restart the app.";
    };
  }
}
