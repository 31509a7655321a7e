package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rolling backups of one profile's file: whole copies made with SQLite's online backup, the
 * newest {@link #KEEP} kept in {@code backups/} beside it. A copy is written under a temporary name
 * and renamed when complete, so a half-written one never counts.
 */
final class Backups {

  static final int KEEP = 3;
  static final Duration EVERY = Duration.ofDays(1);

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
  private static final String PREFIX = "drafts-";
  private static final String SUFFIX = ".db";

  private final Path folder;
  private final Clock clock;

  Backups(Path profileFolder, Clock clock) {
    this.folder = profileFolder.resolve("backups");
    this.clock = clock;
  }

  /** The complete backups, newest first. */
  List<Path> newestFirst() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> takenAt(f).isPresent())
          .sorted(Comparator.comparing((Path f) -> takenAt(f).orElseThrow()).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<Instant> takenAt(Path backup) {
    String name = backup.getFileName().toString();
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          Instant.from(
              STAMP.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()))));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Makes one when the newest is older than {@link #EVERY} (or there is none). */
  boolean makeIfDue(SqliteDraftStore store) {
    Optional<Instant> last = newestFirst().stream().findFirst().flatMap(Backups::takenAt);
    if (last.isPresent() && Duration.between(last.get(), clock.instant()).compareTo(EVERY) < 0) {
      return false;
    }
    make(store);
    return true;
  }

  /** Copies the store now and drops the oldest beyond {@link #KEEP}. */
  Path make(SqliteDraftStore store) {
    try {
      Files.createDirectories(folder);
      Path target = folder.resolve(PREFIX + STAMP.format(clock.instant()) + SUFFIX);
      Path part = target.resolveSibling(target.getFileName() + ".part");
      Files.deleteIfExists(part);
      store.backupTo(part);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      List<Path> all = newestFirst();
      for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
        Files.deleteIfExists(old);
      }
      return target;
    } catch (IOException e) {
      throw new StoreException(
          StoreException.Kind.IO,
          "A backup of your drafts could not be written in " + folder + " (" + e + ").",
          e);
    }
  }
}
