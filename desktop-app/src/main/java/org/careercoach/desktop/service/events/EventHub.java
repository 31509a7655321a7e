package org.careercoach.desktop.service.events;

import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * One event stream per signed-in profile, shared by everyone who listens (ADR 0020): the server
 * keeps at most five streams per user, and the sync engine and the resume files each opening their
 * own would halve the devices a person can use. The stream opens with the first listener of a
 * profile and closes with the last. Every listener hears {@code opened()} after each (re)connect —
 * and at once when it joins a stream already open, as it may have missed events before — and every
 * event, on the stream's reader thread: listeners must return quickly.
 */
public final class EventHub {

  private static final System.Logger log = System.getLogger(EventHub.class.getName());

  /** Makes the stream of a profile, given the listener that fans out to everyone. */
  @FunctionalInterface
  public interface StreamFactory {
    EventStream open(EventStream.Listener fanOut);
  }

  private final Map<Object, Shared> streams = new HashMap<>(); // guarded by this

  /**
   * Listens to the stream of {@code profile}, opening it with {@code factory} when nobody listens
   * yet (the first listener's factory is used; later ones join that stream).
   *
   * @return stops listening; the last one to stop closes the stream
   */
  public Runnable listen(Object profile, StreamFactory factory, EventStream.Listener listener) {
    Shared shared;
    boolean fresh;
    synchronized (this) {
      shared = streams.get(profile);
      fresh = shared == null;
      if (fresh) {
        shared = new Shared();
        shared.stream = factory.open(shared);
        streams.put(profile, shared);
      }
      shared.listeners.add(listener);
    }
    if (fresh) {
      shared.stream.start();
    } else if (shared.open) {
      listener.opened();
    }
    Shared joined = shared;
    return () -> leave(profile, joined, listener);
  }

  /** How many streams are open or opening: at most one per profile that anyone listens to. */
  public synchronized int streams() {
    return streams.size();
  }

  private void leave(Object profile, Shared shared, EventStream.Listener listener) {
    EventStream closing = null;
    synchronized (this) {
      if (!shared.listeners.remove(listener)) {
        return;
      }
      if (shared.listeners.isEmpty() && streams.get(profile) == shared) {
        streams.remove(profile);
        closing = shared.stream;
      }
    }
    if (closing != null) {
      closing.close();
    }
  }

  /** The stream's one listener: tells each of the hub's listeners. */
  private static final class Shared implements EventStream.Listener {
    final List<EventStream.Listener> listeners = new CopyOnWriteArrayList<>();
    EventStream stream;
    volatile boolean open;

    @Override
    public void opened() {
      open = true;
      each(EventStream.Listener::opened);
    }

    @Override
    public void event(String name, String data) {
      each(listener -> listener.event(name, data));
    }

    @Override
    public void stopped(String reason) {
      open = false;
      each(listener -> listener.stopped(reason));
    }

    private void each(java.util.function.Consumer<EventStream.Listener> call) {
      for (EventStream.Listener listener : listeners) {
        try {
          call.accept(listener);
        } catch (RuntimeException e) {
          // One listener's bug must not keep the event from the others.
          log.log(Level.ERROR, "An event listener failed", e);
        }
      }
    }
  }

  /** A factory for the usual stream: {@code GET events} on the session's client. */
  public static StreamFactory of(Supplier<okhttp3.OkHttpClient> http, okhttp3.HttpUrl url) {
    return fanOut -> new EventStream(http.get(), url, fanOut);
  }
}
