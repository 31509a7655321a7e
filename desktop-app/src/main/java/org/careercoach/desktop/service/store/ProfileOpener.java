package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a profile's file the careful way: checks it, sets a damaged one aside (never deleting it)
 * and restores the newest sound backup, makes the day's backup and empties the old Trash.
 */
final class ProfileOpener {

  /** How long a draft stays restorable in the Trash. */
  static final Duration TRASH_KEPT = Duration.ofDays(30);

  private static final System.Logger log = System.getLogger(ProfileOpener.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * An open store.
   *
   * @param problem what happened on the way in words (a damaged file restored from a backup); empty
   *     when nothing did
   */
  record Opened(SqliteDraftStore store, String problem) {}

  private final Clock clock;
  private final StoreOptions options;

  ProfileOpener(Clock clock, StoreOptions options) {
    this.clock = clock;
    this.options = options;
  }

  Opened open(Path folder) {
    Path file = folder.resolve(ProfileFolders.DATABASE);
    Backups backups = new Backups(folder, clock);
    String problem = "";
    SqliteDraftStore store;
    try {
      store = checked(file);
    } catch (StoreException e) {
      if (e.kind() != StoreException.Kind.CORRUPT) {
        throw e;
      }
      log.log(Level.ERROR, "Damaged drafts file " + file, e);
      Path aside = setAside(file);
      RecoveredFrom recovered = restoreNewestSound(file, backups);
      store = recovered.store();
      problem =
          recovered.backup() == null
              ? "Your drafts file was damaged and no backup of it could be read, so you start"
                  + " with no drafts. The damaged file is kept as "
                  + aside
                  + ": a data recovery tool or support may get your drafts back from it."
              : "Your drafts file was damaged. It was set aside as "
                  + aside
                  + " (not deleted) and the backup of "
                  + Backups.takenAt(recovered.backup()).map(STAMP::format).orElse("?")
                  + " UTC was restored: changes made after then are only in the damaged file.";
    }
    try {
      backups.makeIfDue(store);
    } catch (StoreException e) {
      // The drafts are usable without today's backup; the next open tries again.
      log.log(Level.WARNING, "Could not back up " + file, e);
    }
    store.purgeTrash(TRASH_KEPT);
    return new Opened(store, problem);
  }

  private SqliteDraftStore checked(Path file) {
    SqliteDraftStore store = SqliteDraftStore.open(file, clock, options);
    List<String> problems;
    try {
      problems = store.quickCheck();
    } catch (StoreException e) {
      store.close();
      throw e;
    }
    if (!problems.isEmpty()) {
      store.close();
      throw new StoreException(
          StoreException.Kind.CORRUPT,
          "The drafts file " + file + " is damaged: " + String.join("; ", problems));
    }
    return store;
  }

  private record RecoveredFrom(SqliteDraftStore store, Path backup) {}

  /** The newest backup that opens and checks sound; a new empty file when none does. */
  private RecoveredFrom restoreNewestSound(Path file, Backups backups) {
    List<String> unusable = new ArrayList<>();
    for (Path backup : backups.newestFirst()) {
      try {
        Files.copy(backup, file, StandardCopyOption.REPLACE_EXISTING);
        return new RecoveredFrom(checked(file), backup);
      } catch (StoreException | IOException e) {
        unusable.add(backup + ": " + e.getMessage());
        setAside(file);
      }
    }
    if (!unusable.isEmpty()) {
      log.log(Level.ERROR, "No usable backup: " + unusable);
    }
    return new RecoveredFrom(SqliteDraftStore.open(file, clock, options), null);
  }

  /** Renames the file and its journals to {@code …damaged-<time>}; returns the file's new name. */
  private Path setAside(Path file) {
    String stamp = "damaged-" + STAMP.format(clock.instant());
    Path aside = file.resolveSibling(file.getFileName() + "." + stamp);
    for (int n = 2; Files.exists(aside); n++) {
      aside = file.resolveSibling(file.getFileName() + "." + stamp + "-" + n);
    }
    try {
      for (Path part : SqliteFiles.withJournals(file)) {
        if (Files.exists(part)) {
          String journal =
              part.getFileName().toString().substring(file.getFileName().toString().length());
          Files.move(part, aside.resolveSibling(aside.getFileName() + journal));
        }
      }
    } catch (IOException e) {
      throw new StoreException(
          StoreException.Kind.CORRUPT,
          "Your drafts file "
              + file
              + " is damaged and could not be set aside ("
              + e.getMessage()
              + "). Move it out of the folder yourself, then start the app again to restore the"
              + " latest backup.",
          e);
    }
    return aside;
  }
}
