package org.careercoach.desktop.service.events;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.careercoach.desktop.service.DaemonThreads;
import org.careercoach.desktop.service.account.SessionEndedException;

/**
 * The signed-in user's Server-Sent Events ({@code GET /api/v1/events}): draft changes from other
 * devices, job progress. Kept open while started: a stream that ends or fails is opened again after
 * a growing pause (1 s, 2 s, … up to a minute, with jitter); a session that ended stops it. The
 * listener is called on OkHttp's reader thread and must return quickly.
 */
public final class EventStream implements AutoCloseable {

  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration LONGEST_PAUSE = Duration.ofSeconds(60);

  /**
   * The server sends a keep-alive every 15 s: a stream silent for this long is dead (a cut
   * connection the operating system has not noticed), and is opened again.
   */
  static final Duration SILENCE_LIMIT = Duration.ofSeconds(45);

  private static final System.Logger log = System.getLogger(EventStream.class.getName());

  /** Hears the stream. */
  public interface Listener {
    /** The stream is open: events sent while it was not were missed, so catch up now. */
    void opened();

    /** One event: its name ({@code message} when it has none) and its data. */
    void event(String name, String data);

    /** The stream stopped for good: the session ended. */
    default void stopped(String reason) {}
  }

  private final EventSource.Factory factory;
  private final Request request;
  private final Listener listener;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("event-stream-"));
  private Duration nextPause = FIRST_PAUSE; // guarded by this
  private EventSource current; // guarded by this
  private boolean closed; // guarded by this

  /**
   * @param http the session's authenticated client (its call timeout is lifted for the stream)
   * @param url the events address
   */
  public EventStream(OkHttpClient http, HttpUrl url, Listener listener) {
    OkHttpClient streaming =
        http.newBuilder().callTimeout(Duration.ZERO).readTimeout(SILENCE_LIMIT).build();
    this.factory = EventSources.createFactory(streaming);
    this.request = new Request.Builder().url(url).header("Accept", "text/event-stream").build();
    this.listener = listener;
  }

  /** Opens the stream (and keeps it open until {@link #close()}). */
  public synchronized void start() {
    if (closed || current != null) {
      return;
    }
    current = factory.newEventSource(request, new Handler());
  }

  /** Whether a stream is open or being opened. */
  public synchronized boolean running() {
    return current != null && !closed;
  }

  /** Whether it stopped for good: closed, or the session ended. */
  public synchronized boolean stopped() {
    return closed;
  }

  @Override
  public void close() {
    EventSource open;
    synchronized (this) {
      closed = true;
      open = current;
      current = null;
    }
    if (open != null) {
      open.cancel();
    }
    timer.shutdownNow();
  }

  private synchronized void reopenLater(EventSource ended) {
    if (closed || current != ended) {
      return;
    }
    current = null;
    Duration pause =
        nextPause.plusMillis(
            (long) (nextPause.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble()));
    Duration doubled = nextPause.multipliedBy(2);
    nextPause = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    timer.schedule(this::start, pause.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void stop(EventSource ended, String reason) {
    synchronized (this) {
      if (current != ended) {
        return;
      }
      closed = true;
      current = null;
    }
    timer.shutdownNow();
    listener.stopped(reason);
  }

  private final class Handler extends EventSourceListener {

    @Override
    public void onOpen(EventSource source, Response response) {
      synchronized (EventStream.this) {
        nextPause = FIRST_PAUSE;
      }
      listener.opened();
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String data) {
      listener.event(type == null ? "message" : type, data);
    }

    @Override
    public void onClosed(EventSource source) {
      reopenLater(source);
    }

    @Override
    public void onFailure(EventSource source, Throwable failure, Response response) {
      if (failure instanceof SessionEndedException ended) {
        stop(source, ended.getMessage());
        return;
      }
      if (response != null && response.code() == 401) {
        stop(source, "The server ended the session.");
        return;
      }
      log.log(
          Level.DEBUG,
          "Event stream ended ({0}); opening it again",
          failure != null
              ? failure.toString()
              : "HTTP " + (response == null ? "?" : response.code()));
      reopenLater(source);
    }
  }
}
