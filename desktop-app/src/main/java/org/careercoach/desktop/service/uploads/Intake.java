package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.store.ResumeFileStore.QueueState;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.model.api.ResumeFile;

/**
 * Adding files: each is checked ({@link FileCheck}), copied into the profile's folder under a
 * temporary name while its SHA-256 is computed, recognised when the same content is queued or on
 * the server already, and otherwise moved into place and queued in one step ({@link
 * ResumeFileStore#enqueue}). One add at a time, so two adds of the same content cannot race.
 */
final class Intake {

  /** Room left on the disk beyond the copy itself, so the profile's database can still grow. */
  static final long DISK_MARGIN = 20L * 1024 * 1024;

  private final ResumeFileStore store;
  private final FileModel model;
  private final Clock clock;

  Intake(ResumeFileStore store, FileModel model, Clock clock) {
    this.store = store;
    this.model = model;
    this.clock = clock;
  }

  synchronized List<AddResult> add(List<Path> files) {
    List<AddResult> results = new ArrayList<>();
    for (Path file : files) {
      results.add(addOne(file));
    }
    return results;
  }

  private AddResult addOne(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    FileCheck.Verdict verdict = FileCheck.check(file, model.capabilities());
    if (!verdict.passed()) {
      return new AddResult(file, AddResult.Outcome.REFUSED, null, verdict.refusal());
    }
    Path folder = store.folder();
    Path temp = folder.resolve(UUID.randomUUID() + ".part");
    try {
      long size = Files.size(file);
      if (Files.getFileStore(folder).getUsableSpace() < size + DISK_MARGIN) {
        return new AddResult(
            file,
            AddResult.Outcome.REFUSED,
            null,
            "There is not enough room on this computer's disk to keep a copy of "
                + name
                + ". Free some space, then add it again.");
      }
      String sha256 = copy(file, temp);
      Optional<String> same = duplicateOf(sha256);
      if (same.isPresent()) {
        Files.deleteIfExists(temp);
        return new AddResult(
            file,
            AddResult.Outcome.DUPLICATE,
            sha256,
            name + " has the same content as " + same.get() + ", which is here already.");
      }
      Instant now = clock.instant();
      store.enqueue(
          new Queued(
              sha256,
              name,
              Files.size(temp),
              verdict.contentType(),
              now,
              QueueState.WAITING,
              "",
              null,
              0,
              now),
          temp);
      return new AddResult(file, AddResult.Outcome.QUEUED, sha256, "");
    } catch (IOException | UncheckedIOException | StoreException e) {
      deleteQuietly(temp);
      return new AddResult(
          file,
          AddResult.Outcome.REFUSED,
          null,
          name + " could not be copied into the app's folder: " + e.getMessage());
    }
  }

  private Optional<String> duplicateOf(String sha256) {
    Optional<Queued> queued = store.queued(sha256);
    if (queued.isPresent()) {
      return Optional.of("“" + queued.get().filename() + "”");
    }
    return model.onServer(sha256).map(ResumeFile::filename).map(n -> "“" + n + "”");
  }

  /** Copies {@code from} into {@code to}, giving the SHA-256 of what was copied, in hex. */
  static String copy(Path from, Path to) throws IOException {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(from), sha256)) {
      Files.copy(in, to);
    }
    return ResumeApi.hex(sha256.digest());
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // An orphan temporary copy is removed at the next start.
    }
  }
}
