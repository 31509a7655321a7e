package org.careercoach.desktop.ui.uploads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.uploads.AddResult;
import org.careercoach.desktop.service.uploads.Correction;
import org.careercoach.desktop.service.uploads.ParsedFile;
import org.careercoach.desktop.service.uploads.ResumeFileItem;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFiles;
import org.careercoach.desktop.service.uploads.ResumeFilesException;
import org.careercoach.desktop.service.uploads.ResumeFilesState;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.model.api.Capabilities;

/**
 * The resume-files service in memory, for the screens' view-model tests: it reads the real files it
 * is given (content hash, size, extension against the rules), keeps them newest first, and moves
 * them through their stages when the test says so. It records what the screens asked of it.
 */
final class MemoryResumeFiles implements ResumeFiles {

  static final Capabilities RULES =
      new Capabilities(
          10L * 1024 * 1024,
          List.of(
              new Capabilities.FileType("application/pdf", List.of(".pdf"), "PDF"),
              new Capabilities.FileType(
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                  List.of(".docx"),
                  "Word document"),
              new Capabilities.FileType("text/plain", List.of(".txt"), "Plain text")),
          30,
          29,
          100L * 1024 * 1024,
          3_355_443,
          10,
          false);

  final ObservableState<ResumeFilesState> state =
      new ObservableState<>(
          new ResumeFilesState(Availability.ONLINE, List.of(), Optional.of(RULES), ""));
  final List<String> calls = new ArrayList<>();
  final Map<String, List<Correction>> corrections = new HashMap<>();
  final Map<String, ParsedFile> parsed = new HashMap<>();
  final Map<String, Path> originals = new HashMap<>();
  private final List<Consumer<ResumeFileItem>> readListeners = new CopyOnWriteArrayList<>();
  private long clock;
  RuntimeException failNext;

  @Override
  public ObservableState<ResumeFilesState> state() {
    return state;
  }

  void availability(Availability now, String problem) {
    ResumeFilesState was = state.get();
    state.set(new ResumeFilesState(now, was.files(), was.capabilities(), problem));
  }

  @Override
  public List<AddResult> add(List<Path> files) {
    calls.add("add " + files.size());
    List<AddResult> results = new ArrayList<>();
    for (Path path : files) {
      results.add(addOne(path));
    }
    return results;
  }

  private AddResult addOne(Path path) {
    String name = path.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
    Optional<Capabilities.FileType> type =
        RULES.acceptedTypes().stream()
            .filter(t -> t.extensions().contains(extension.toLowerCase(Locale.ROOT)))
            .findFirst();
    try {
      long size = Files.size(path);
      if (size > RULES.maxUploadBytes()) {
        return new AddResult(path, AddResult.Outcome.REFUSED, null, "it is larger than 10 MB");
      }
      if (type.isEmpty()) {
        return new AddResult(
            path, AddResult.Outcome.REFUSED, null, "only PDF, Word or plain text files are read");
      }
      String key = HexFormat.of().formatHex(sha256(Files.readAllBytes(path)));
      Optional<ResumeFileItem> same = find(key);
      if (same.isPresent()) {
        return new AddResult(
            path, AddResult.Outcome.DUPLICATE, key, "the same as " + same.get().filename());
      }
      originals.put(key, path);
      List<ResumeFileItem> files = new ArrayList<>(state.get().files());
      files.add(
          0,
          new ResumeFileItem(
              key,
              name,
              type.get().mimeType(),
              size,
              Stage.WAITING,
              0,
              "",
              Optional.empty(),
              Instant.ofEpochSecond(1_700_000_000L + clock++)));
      publish(files);
      return new AddResult(path, AddResult.Outcome.QUEUED, key, "");
    } catch (IOException e) {
      return new AddResult(path, AddResult.Outcome.REFUSED, null, "it cannot be read");
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Optional<ResumeFileItem> find(String key) {
    return state.get().files().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Moves a file to a stage, as the uploader and the event stream would. */
  void move(String key, Stage stage, long sent, String problem) {
    List<ResumeFileItem> files = new ArrayList<>();
    ResumeFileItem moved = null;
    for (ResumeFileItem f : state.get().files()) {
      if (f.key().equals(key)) {
        Optional<UUID> id =
            stage.compareTo(Stage.QUEUED) >= 0 && f.resumeId().isEmpty()
                ? Optional.of(UUID.randomUUID())
                : f.resumeId();
        moved =
            new ResumeFileItem(
                f.key(),
                f.filename(),
                f.contentType(),
                f.size(),
                stage,
                sent,
                problem,
                id,
                f.addedAt());
        files.add(moved);
      } else {
        files.add(f);
      }
    }
    publish(files);
    if (stage == Stage.READ && moved != null) {
      ResumeFileItem told = moved;
      readListeners.forEach(listener -> listener.accept(told));
    }
  }

  private void publish(List<ResumeFileItem> files) {
    ResumeFilesState was = state.get();
    state.set(new ResumeFilesState(was.availability(), files, was.capabilities(), was.problem()));
  }

  private void maybeFail() {
    if (failNext != null) {
      RuntimeException failure = failNext;
      failNext = null;
      throw failure;
    }
  }

  @Override
  public void cancel(String key) {
    calls.add("cancel " + key);
    maybeFail();
    publish(state.get().files().stream().filter(f -> !f.key().equals(key)).toList());
  }

  @Override
  public void delete(String key) {
    calls.add("delete " + key);
    maybeFail();
    publish(state.get().files().stream().filter(f -> !f.key().equals(key)).toList());
  }

  @Override
  public void readAgain(String key) {
    calls.add("readAgain " + key);
    maybeFail();
    move(key, Stage.QUEUED, 0, "");
  }

  @Override
  public Path original(String key) {
    calls.add("original " + key);
    maybeFail();
    Path path = originals.get(key);
    if (path == null) {
      throw new ResumeFilesException("That file is not here.");
    }
    return path;
  }

  @Override
  public ParsedFile parsed(String key) {
    calls.add("parsed " + key);
    maybeFail();
    ParsedFile file = parsed.get(key);
    if (file == null) {
      throw new ResumeFilesException("That file is not read yet.");
    }
    return file;
  }

  @Override
  public void keepCorrections(String key, List<Correction> kept) {
    calls.add("corrections " + key);
    maybeFail();
    corrections.computeIfAbsent(key, k -> new ArrayList<>()).addAll(kept);
  }

  @Override
  public void refresh() {
    calls.add("refresh");
  }

  @Override
  public Runnable onRead(Consumer<ResumeFileItem> listener) {
    readListeners.add(listener);
    return () -> readListeners.remove(listener);
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
