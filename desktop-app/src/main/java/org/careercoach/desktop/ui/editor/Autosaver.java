package org.careercoach.desktop.ui.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.StoreException;
import org.careercoach.model.resume.Resume;

/**
 * Saves the draft while it is typed: {@link #QUIET} after the last change, and never later than
 * {@link #MAX_WAIT} after the first unsaved one, so steady typing is saved about once a second. One
 * save runs at a time, off the UI thread; changes made meanwhile are saved after it. A failed save
 * keeps the text on screen, says why, and is tried again with a growing pause. All calls on the UI
 * thread.
 */
final class Autosaver {

  static final Duration QUIET = Duration.ofMillis(400);
  static final Duration MAX_WAIT = Duration.ofMillis(1000);
  static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  static final Duration LAST_RETRY = Duration.ofSeconds(30);

  /** Writes a snapshot to the store; runs on a background thread. */
  interface Writer {
    void write(Resume resume) throws Exception;
  }

  private final TaskExecutor executor;
  private final Clock clock;
  private final Supplier<Resume> snapshot;
  private final Writer writer;
  private final Consumer<SaveState> status;
  private Instant firstUnsaved;
  private Runnable cancelTimer;
  private boolean writing;
  private boolean retrying;
  private int failures;
  private Runnable afterFlush;
  private boolean stopped;

  Autosaver(
      TaskExecutor executor,
      Clock clock,
      Supplier<Resume> snapshot,
      Writer writer,
      Consumer<SaveState> status) {
    this.executor = executor;
    this.clock = clock;
    this.snapshot = snapshot;
    this.writer = writer;
    this.status = status;
  }

  /** The form changed: save it soon. */
  void changed() {
    if (stopped) {
      return;
    }
    if (firstUnsaved == null) {
      firstUnsaved = clock.instant();
    }
    if (!retrying) {
      status.accept(SaveState.SAVING);
    }
    if (writing || retrying) {
      return; // saved when the running save ends, or by the retry timer
    }
    Duration waited = Duration.between(firstUnsaved, clock.instant());
    Duration left = MAX_WAIT.minus(waited);
    Duration wait = left.compareTo(QUIET) < 0 ? left : QUIET;
    restartTimer(wait.isNegative() ? Duration.ZERO : wait);
  }

  boolean dirty() {
    return firstUnsaved != null || writing;
  }

  /**
   * Saves what is unsaved now, then runs {@code then} once everything is stored; if a save fails
   * {@code then} waits for the retry that works.
   */
  void flush(Runnable then) {
    // A second flush (a merge while a close waits for a failing save) runs after the first one's.
    Runnable earlier = afterFlush;
    afterFlush =
        earlier == null
            ? then
            : () -> {
              earlier.run();
              then.run();
            };
    if (firstUnsaved != null && !writing) {
      saveNow();
    } else if (!dirty()) {
      runAfterFlush();
    }
  }

  /** Stops saving: the draft is closed or another opened. */
  void stop() {
    stopped = true;
    cancelTimer();
  }

  private void saveNow() {
    cancelTimer();
    if (firstUnsaved == null || writing || stopped) {
      return;
    }
    Resume resume = snapshot.get();
    firstUnsaved = null;
    writing = true;
    retrying = false;
    status.accept(SaveState.SAVING);
    executor.submit(
        () -> {
          writer.write(resume);
          return resume;
        },
        saved -> saved(),
        this::failed);
  }

  private void saved() {
    writing = false;
    failures = 0;
    if (firstUnsaved != null) {
      changed(); // typed while it was written
      if (afterFlush != null) {
        saveNow();
      }
      return;
    }
    status.accept(SaveState.SAVED);
    runAfterFlush();
  }

  private void failed(Throwable error) {
    writing = false;
    if (firstUnsaved == null) {
      firstUnsaved = clock.instant(); // what failed is still unsaved
    }
    failures++;
    retrying = true;
    status.accept(SaveState.failed(reason(error)));
    if (!stopped) {
      restartTimer(retryDelay());
    }
  }

  private Duration retryDelay() {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 4));
    return delay.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : delay;
  }

  private void runAfterFlush() {
    Runnable then = afterFlush;
    afterFlush = null;
    if (then != null) {
      then.run();
    }
  }

  private void restartTimer(Duration delay) {
    cancelTimer();
    cancelTimer = executor.schedule(delay, this::saveNow);
  }

  private void cancelTimer() {
    if (cancelTimer != null) {
      cancelTimer.run();
      cancelTimer = null;
    }
  }

  static String reason(Throwable error) {
    if (error instanceof StoreException && error.getMessage() != null) {
      return error.getMessage();
    }
    String message = error.getMessage();
    return message == null || message.isBlank()
        ? "the draft could not be written (" + error.getClass().getSimpleName() + ")"
        : message;
  }
}
