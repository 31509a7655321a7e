package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.store.ResumeFileStore.QueueState;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;

/**
 * Sends the queue, one file at a time, on its own thread (ADR 0020): the server's 201 or 200 (it
 * had the content already) ends a row; 5xx and an unreachable server leave it waiting with a
 * growing pause, and it goes at once when the server is back ({@link #retryAllNow()}); 429 waits
 * for its Retry-After (also when the server is back, and across a restart); any other refusal (400,
 * 413, 415, the storage quota) is final, with the server's words, and never sent again.
 */
final class Uploader {

  private static final System.Logger log = System.getLogger(Uploader.class.getName());

  /** What the uploader tells the service. */
  interface Outcomes {
    /** The server has the file now. */
    void uploaded(String key, org.careercoach.model.api.ResumeFile file, boolean created);

    /** The server could not be reached (or failed); why, in words. */
    void unreachable(String why);

    /** The queue is empty of files due now: time to catch up with the list. */
    void drained();
  }

  private final ResumeFileStore store;
  private final ResumeApi api;
  private final FileModel model;
  private final Outcomes outcomes;
  private final ScheduledExecutorService thread;
  private final Clock clock;
  private final ResumeFilesService.Options options;
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

  // Guarded by this:
  private ScheduledFuture<?> next;
  private String sendingKey;
  private Call sendingCall;
  private boolean stopped;
  private boolean sentSinceDrained;

  Uploader(
      ResumeFileStore store,
      ResumeApi api,
      FileModel model,
      Outcomes outcomes,
      ScheduledExecutorService thread,
      Clock clock,
      ResumeFilesService.Options options) {
    this.store = store;
    this.api = api;
    this.model = model;
    this.outcomes = outcomes;
    this.thread = thread;
    this.clock = clock;
    this.options = options;
  }

  /** Sends what is due now, then waits for the next row's time. */
  synchronized void wake() {
    schedule(Duration.ZERO);
  }

  /** The server is back (or the app started): every waiting row is due now. */
  void retryAllNow() {
    Instant now = clock.instant();
    for (Queued row : store.queue()) {
      if (row.state() == QueueState.WAITING && row.nextAttempt().isAfter(now)) {
        store.update(row.waiting(row.problem(), row.attempts(), now));
      }
    }
    wake();
  }

  /** Stops the upload of {@code key} if it is being sent; its row is the caller's to drop. */
  void cancel(String key) {
    Call call;
    synchronized (this) {
      cancelled.add(key);
      call = key.equals(sendingKey) ? sendingCall : null;
    }
    if (call != null) {
      call.cancel();
    }
  }

  /** Stops sending: the call in progress is cancelled, its row stays for the next start. */
  void stop() {
    Call call;
    synchronized (this) {
      stopped = true;
      if (next != null) {
        next.cancel(false);
      }
      call = sendingCall;
    }
    if (call != null) {
      call.cancel();
    }
  }

  private synchronized void schedule(Duration delay) {
    if (stopped) {
      return;
    }
    if (next != null
        && !next.isDone()
        && next.getDelay(TimeUnit.MILLISECONDS) <= delay.toMillis()) {
      return;
    }
    if (next != null) {
      next.cancel(false);
    }
    next = thread.schedule(this::sendDue, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void sendDue() {
    synchronized (this) {
      // This run has started: a reschedule from within it (the next file) must not be taken for
      // it and dropped as "already due".
      next = null;
    }
    try {
      Instant now = clock.instant();
      List<Queued> waiting = store.queue().stream().filter(Queued::toSend).toList();
      Optional<Queued> due =
          waiting.stream()
              .filter(row -> !row.nextAttempt().isAfter(now))
              .min(Comparator.comparing(Queued::addedAt));
      if (due.isEmpty()) {
        boolean tell;
        synchronized (this) {
          tell = sentSinceDrained;
          sentSinceDrained = false;
        }
        if (tell) {
          outcomes.drained();
        }
        waiting.stream()
            .map(Queued::nextAttempt)
            .min(Comparator.naturalOrder())
            .ifPresent(at -> schedule(Duration.between(now, at)));
        return;
      }
      send(due.get());
      schedule(Duration.ZERO);
    } catch (RuntimeException e) {
      // The profile closed under us (switching, quitting): the next attach starts again.
      log.log(Level.WARNING, "The upload queue stopped", e);
    }
  }

  private void send(Queued row) {
    String key = row.sha256();
    Path copy = store.copyOf(key);
    if (!Files.isRegularFile(copy)) {
      store.update(
          row.refused(
              "The copy of "
                  + row.filename()
                  + " kept by the app is gone (removed from its folder). Add the file again."));
      model.publish();
      return;
    }
    synchronized (this) {
      if (stopped) {
        return;
      }
      cancelled.remove(key);
      sendingKey = key;
      sentSinceDrained = true;
    }
    model.sending(key, 0);
    try {
      ResumeApi.Uploaded answer =
          api.upload(
              copy,
              row.filename(),
              row.contentType(),
              sent -> model.sending(key, sent),
              call -> {
                synchronized (this) {
                  sendingCall = call;
                }
              });
      if (cancelled.contains(key)) {
        deleteCancelledOnServer(answer);
        return;
      }
      store.uploaded(key, answer.file().id());
      outcomes.uploaded(key, answer.file(), answer.created());
    } catch (SessionEndedException ended) {
      log.log(Level.INFO, "Uploads stopped: the session ended");
    } catch (IOException unreachable) {
      if (!cancelled.contains(key) && !isStopped()) {
        String why =
            "Waiting to be sent: the server cannot be reached. It goes when the server is back.";
        waitAgain(row, why, null);
        outcomes.unreachable(unreachable.toString());
      }
    } catch (ApiException refused) {
      answered(row, refused);
    } finally {
      synchronized (this) {
        sendingKey = null;
        sendingCall = null;
      }
      model.sent(key);
    }
  }

  private void answered(Queued row, ApiException refused) {
    int status = refused.status();
    if (status >= 500) {
      waitAgain(row, "Waiting to be sent: " + refused.getMessage(), null);
      outcomes.unreachable(refused.getMessage());
    } else if (status == 429) {
      Duration wait = refused.retryAfter().orElse(options.longestRetry());
      store.update(
          row.held(
              "Waiting: " + refused.getMessage(), row.attempts() + 1, clock.instant().plus(wait)));
    } else if (status == 401) {
      log.log(Level.INFO, "Uploads stopped: the server ended the session");
    } else {
      store.update(row.refused(refused.getMessage()));
    }
  }

  private void waitAgain(Queued row, String why, Duration after) {
    int attempts = row.attempts() + 1;
    Duration pause = after != null ? after : pauseAfter(attempts, options);
    store.update(row.waiting(why, attempts, clock.instant().plus(pause)));
  }

  /** 2 s, 4 s, 8 s, … up to the longest pause (per the options). */
  static Duration pauseAfter(int attempts, ResumeFilesService.Options options) {
    Duration pause = options.firstRetry();
    for (int i = 1; i < attempts && pause.compareTo(options.longestRetry()) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(options.longestRetry()) > 0 ? options.longestRetry() : pause;
  }

  private void deleteCancelledOnServer(ResumeApi.Uploaded answer) {
    if (!answer.created()) {
      return; // the server had it before: cancelling this copy must not delete that one
    }
    try {
      api.delete(answer.file().id());
    } catch (IOException | ApiException e) {
      log.log(Level.WARNING, "A cancelled upload reached the server and stays there", e);
    }
  }

  private synchronized boolean isStopped() {
    return stopped;
  }
}
