package org.careercoach.desktop.service.uploads;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.model.api.Capabilities;
import org.careercoach.model.api.ResumeFile;

/**
 * What is known of the files: the server's list (kept current by events and catch-ups), the queue's
 * rows (read from the store), the bytes sent of the upload running; turned into the screen's {@link
 * ResumeFilesState} on every change, which is also where a file becoming read is noticed.
 * Thread-safe: every method holds the model's lock, so the state is set by one thread at a time.
 */
final class FileModel {

  private static final System.Logger log = System.getLogger(FileModel.class.getName());

  private final ObservableState<ResumeFilesState> state =
      new ObservableState<>(ResumeFilesState.SIGNED_OUT);
  private final List<Consumer<ResumeFileItem>> readListeners = new CopyOnWriteArrayList<>();
  private final Executor notifications;

  // Guarded by this:
  private ResumeFileStore store;
  private final Map<String, ResumeFile> server = new HashMap<>();
  private final Map<String, Long> sending = new HashMap<>();
  private final Map<String, Stage> lastStage = new HashMap<>();
  private final Set<String> notified = new HashSet<>();
  private Optional<Capabilities> capabilities = Optional.empty();
  private boolean offline;
  private String problem = "";

  /**
   * @param notifications where {@code onRead} listeners are called: a background thread
   */
  FileModel(Executor notifications) {
    this.notifications = notifications;
  }

  ObservableState<ResumeFilesState> state() {
    return state;
  }

  Runnable onRead(Consumer<ResumeFileItem> listener) {
    readListeners.add(listener);
    return () -> readListeners.remove(listener);
  }

  synchronized void attach(ResumeFileStore attached) {
    store = attached;
    server.clear();
    sending.clear();
    lastStage.clear();
    notified.clear();
    capabilities = Optional.empty();
    offline = false;
    problem = "";
  }

  synchronized void detach() {
    store = null;
    server.clear();
    sending.clear();
    state.set(ResumeFilesState.SIGNED_OUT);
  }

  synchronized Optional<Capabilities> capabilities() {
    return capabilities;
  }

  synchronized void capabilities(Capabilities known) {
    capabilities = Optional.of(known);
    publish();
  }

  /** The server's whole list, as just read. */
  synchronized void serverList(List<ResumeFile> files) {
    server.clear();
    for (ResumeFile file : files) {
      server.put(file.sha256(), file);
    }
    publish();
  }

  /** One file as the server now has it. */
  synchronized void serverFile(ResumeFile file) {
    server.put(file.sha256(), file);
    publish();
  }

  synchronized void serverGone(String key) {
    server.remove(key);
    sending.remove(key);
    publish();
  }

  synchronized Optional<ResumeFile> onServer(String key) {
    return Optional.ofNullable(server.get(key));
  }

  synchronized Optional<ResumeFile> byId(UUID id) {
    return server.values().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  synchronized Map<String, ResumeFile> serverFiles() {
    return Map.copyOf(server);
  }

  synchronized void sending(String key, long sent) {
    sending.put(key, sent);
    publish();
  }

  synchronized void sent(String key) {
    sending.remove(key);
    publish();
  }

  synchronized void reachable(boolean reached, String why) {
    offline = !reached;
    problem = reached ? "" : why;
    publish();
  }

  /** Lets a file that is read again tell once more when it is read. */
  synchronized void readingAgain(String key) {
    notified.remove(key);
  }

  synchronized Optional<ResumeFileItem> item(String key) {
    return state.get().files().stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Makes the state anew from what is known (and the queue in the store). */
  synchronized void publish() {
    if (store == null) {
      state.set(ResumeFilesState.SIGNED_OUT);
      return;
    }
    List<ResumeFileItem> items = new ArrayList<>();
    Set<String> queued = new HashSet<>();
    for (Queued row : store.queue()) {
      queued.add(row.sha256());
      Long sent = sending.get(row.sha256());
      Stage stage = sent != null ? Stage.UPLOADING : row.toSend() ? Stage.WAITING : Stage.REFUSED;
      items.add(
          new ResumeFileItem(
              row.sha256(),
              row.filename(),
              row.contentType(),
              row.size(),
              stage,
              sent == null ? 0 : sent,
              stage == Stage.UPLOADING ? "" : row.problem(),
              Optional.ofNullable(row.resumeId()),
              row.addedAt()));
    }
    for (ResumeFile file : server.values()) {
      if (queued.contains(file.sha256())) {
        continue;
      }
      Stage stage =
          switch (file.status()) {
            case QUEUED -> Stage.QUEUED;
            case PROCESSING -> Stage.READING;
            case PARSED -> Stage.READ;
            case FAILED -> Stage.FAILED;
          };
      items.add(
          new ResumeFileItem(
              file.sha256(),
              file.filename(),
              file.contentType(),
              file.size(),
              stage,
              file.size(),
              stage == Stage.FAILED && file.error() != null ? file.error() : "",
              Optional.of(file.id()),
              file.createdAt()));
    }
    items.sort(
        Comparator.comparing(ResumeFileItem::addedAt)
            .reversed()
            .thenComparing(ResumeFileItem::key));
    state.set(
        new ResumeFilesState(
            offline ? Availability.OFFLINE : Availability.ONLINE, items, capabilities, problem));
    for (ResumeFileItem item : items) {
      Stage before = lastStage.put(item.key(), item.stage());
      // Read while the app runs: a file first seen already read is not news.
      if (item.stage() == Stage.READ
          && before != null
          && before != Stage.READ
          && notified.add(item.key())) {
        tellRead(item);
      }
    }
  }

  private void tellRead(ResumeFileItem item) {
    notifications.execute(() -> tellNow(item));
  }

  private void tellNow(ResumeFileItem item) {
    for (Consumer<ResumeFileItem> listener : readListeners) {
      try {
        listener.accept(item);
      } catch (RuntimeException e) {
        log.log(Level.ERROR, "A read-file listener failed", e);
      }
    }
  }
}
