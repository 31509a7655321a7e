package org.careercoach.server.events;

import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.JacksonException;

/**
 * The open event streams of this instance, by user, fed by the Redis channel. A stream lives only
 * as long as the session it was opened with: a "session ended" message (on {@link #CONTROL}, from
 * whichever instance ended it) closes it at once, and each keep-alive checks the sessions again, so
 * a lost message still closes it within one keep-alive interval. The keep-alive comment also keeps
 * proxies from closing an idle stream and finds the connections that went away.
 */
@Component
class EventStreams implements SmartLifecycle {

  /** Close requests between instances: a session ended, or a user went over the stream limit. */
  static final String CONTROL = "coach:event-streams:close";

  private static final Logger log = LoggerFactory.getLogger(EventStreams.class);
  static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
  private static final int REMEMBERED_KEYS = 1_000;
  private static final int SESSIONS_PER_QUERY = 500;

  /** One open stream, its session, when it opened, and the newest revision it showed per key. */
  private record Open(
      UUID id, UUID session, long openedAt, SseEmitter emitter, Map<String, Long> shown) {}

  private final Map<UUID, Set<Open>> byUser = new ConcurrentHashMap<>();
  private final AtomicLong openings = new AtomicLong();
  private final Redis redis;

  /** Looked up when needed: the auth feature's sessions close streams through this bean too. */
  private final ObjectProvider<SessionCheck> sessions;

  private final StreamLimit limit;
  private final EventsProperties properties;
  private volatile StatefulRedisPubSubConnection<String, String> subscription;
  private volatile boolean running;

  EventStreams(
      Redis redis,
      ObjectProvider<SessionCheck> sessions,
      StreamLimit limit,
      EventsProperties properties) {
    this.redis = redis;
    this.sessions = sessions;
    this.limit = limit;
    this.properties = properties;
  }

  SseEmitter open(UUID user, UUID session) {
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    Open open =
        new Open(
            UUID.randomUUID(),
            session,
            openings.incrementAndGet(),
            emitter,
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > REMEMBERED_KEYS;
              }
            });
    Set<Open> streams = byUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
    streams.add(open);
    Runnable remove = () -> gone(streams, user, open);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      // Sends the headers now, so the client knows it is connected.
      emitter.send(SseEmitter.event().comment("connected"));
    } catch (IOException e) {
      remove.run();
      return emitter;
    }
    holdTheLimit(user, open);
    // The session may have ended after the request's check and before the stream was registered,
    // when the "session ended" message found nothing to close.
    SessionCheck check = sessions.getIfAvailable();
    try {
      if (check != null && !check.activeAmong(Set.of(session)).contains(session)) {
        end(streams, user, open, CloseRequest.SESSION_ENDED);
      }
    } catch (DataAccessException e) {
      log.debug(
          "session of a new stream not checked again; the keep-alive will: {}", e.getMessage());
    }
    return emitter;
  }

  /** Closes the user's oldest streams beyond the limit, on whichever instance they are. */
  private void holdTheLimit(UUID user, Open opened) {
    Optional<List<UUID>> evicted = limit.register(user, opened.id(), STREAM_LIFETIME);
    if (evicted.isPresent()) {
      if (!evicted.get().isEmpty()) {
        closeEverywhere(CloseRequest.streams(user, evicted.get()));
      }
      return;
    }
    // Redis is down: hold the limit on this instance alone.
    List<Open> local = new ArrayList<>(byUser.getOrDefault(user, Set.of()));
    local.sort(Comparator.comparingLong(Open::openedAt));
    int excess = local.size() - properties.maxStreamsPerUser();
    if (excess > 0) {
      close(CloseRequest.streams(user, local.subList(0, excess).stream().map(Open::id).toList()));
    }
  }

  /** Closes the matching streams here at once, and on the other instances through Redis. */
  void closeEverywhere(CloseRequest request) {
    close(request);
    try {
      redis.commands().publish(CONTROL, request.toJson());
    } catch (RedisException e) {
      // The other instances close theirs at their next keep-alive, when they check the sessions.
      log.debug("close request not shared while Redis is down: {}", e.getMessage());
    }
  }

  /** Closes this instance's streams that the request names. */
  void close(CloseRequest request) {
    Set<Open> streams = byUser.get(request.user());
    if (streams == null) {
      return;
    }
    for (Open open : streams) {
      if (request.matches(open.id(), open.session())) {
        end(streams, request.user(), open, request.reason());
      }
    }
  }

  /** Says why, then ends the response; the client sees the stream end. */
  private void end(Set<Open> streams, UUID user, Open open, String reason) {
    synchronized (open) {
      if (!streams.remove(open)) {
        return;
      }
      try {
        open.emitter()
            .send(
                SseEmitter.event()
                    .name("closed")
                    .data(Map.of("reason", reason), MediaType.APPLICATION_JSON));
      } catch (IOException | IllegalStateException gone) {
        // Already gone: completing it below is all that is left to do.
      }
      open.emitter().complete();
    }
    limit.forget(user, open.id());
  }

  void deliver(UserEvents.Envelope envelope) {
    Set<Open> streams = byUser.get(envelope.user());
    if (streams == null) {
      return;
    }
    for (Open open : streams) {
      synchronized (open) {
        Long shown = open.shown().get(envelope.key());
        if (shown != null && shown >= envelope.revision()) {
          continue;
        }
        open.shown().put(envelope.key(), envelope.revision());
        try {
          open.emitter()
              .send(
                  SseEmitter.event()
                      .name(envelope.type())
                      .id(envelope.key() + ":" + envelope.revision())
                      .data(envelope.data(), MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
          gone(streams, envelope.user(), open);
        }
      }
    }
  }

  /** A stream whose client went away: no longer open here, no longer counted anywhere. */
  private void gone(Set<Open> streams, UUID user, Open open) {
    if (streams.remove(open)) {
      limit.forget(user, open.id());
    }
  }

  @Scheduled(
      fixedDelayString = "${coach.events.keep-alive:15s}",
      initialDelayString = "${coach.events.keep-alive:15s}")
  void keepAlive() {
    closeStreamsOfEndedSessions();
    byUser.forEach(
        (user, streams) -> {
          for (Open open : streams) {
            synchronized (open) {
              try {
                open.emitter().send(SseEmitter.event().comment("keep-alive"));
              } catch (IOException | IllegalStateException gone) {
                gone(streams, user, open);
              }
            }
          }
        });
    subscribe();
  }

  /**
   * Asks the database which of the open streams' sessions still count, a few hundred at a time, and
   * closes the rest. While the database cannot answer, streams stay open (nothing can end a session
   * then either) and the next keep-alive asks again.
   */
  private void closeStreamsOfEndedSessions() {
    Set<UUID> open = new HashSet<>();
    byUser.values().forEach(streams -> streams.forEach(s -> open.add(s.session())));
    if (open.isEmpty()) {
      return;
    }
    SessionCheck check = sessions.getIfAvailable();
    if (check == null) {
      return;
    }
    Set<UUID> active = new HashSet<>();
    List<UUID> all = new ArrayList<>(open);
    try {
      for (int from = 0; from < all.size(); from += SESSIONS_PER_QUERY) {
        active.addAll(
            check.activeAmong(all.subList(from, Math.min(all.size(), from + SESSIONS_PER_QUERY))));
      }
    } catch (DataAccessException e) {
      log.warn("Could not check the sessions of open event streams now: {}", e.getMessage());
      return;
    }
    byUser.forEach(
        (user, streams) -> {
          for (Open stream : streams) {
            if (!active.contains(stream.session())) {
              end(streams, user, stream, CloseRequest.SESSION_ENDED);
            }
          }
        });
  }

  /** Subscribes once Redis can be reached; Lettuce resubscribes by itself after a reconnect. */
  private void subscribe() {
    if (subscription != null) {
      return;
    }
    synchronized (this) {
      if (subscription != null) {
        return;
      }
      try {
        StatefulRedisPubSubConnection<String, String> connection = redis.pubSub();
        connection.addListener(
            new RedisPubSubAdapter<>() {
              @Override
              public void message(String channel, String message) {
                try {
                  if (CONTROL.equals(channel)) {
                    close(CloseRequest.fromJson(message));
                  } else {
                    deliver(UserEvents.Envelope.fromJson(message));
                  }
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                  log.warn("event=bad_user_event channel={} reason={}", channel, e.getMessage());
                }
              }
            });
        connection.sync().subscribe(UserEvents.CHANNEL, CONTROL);
        subscription = connection;
      } catch (RedisException e) {
        log.debug("events from other instances wait for Redis: {}", e.getMessage());
      }
    }
  }

  @Override
  public void start() {
    running = true;
    // Until Redis answers, the keep-alive tries again at each tick; a request never waits for it.
    subscribe();
  }

  /**
   * Ends every open stream before the web server's graceful shutdown, which would otherwise wait
   * its whole timeout for these never-ending responses. Clients reconnect to another instance.
   */
  @Override
  public void stop() {
    running = false;
    byUser.forEach(
        (user, streams) -> {
          for (Open open : streams) {
            open.emitter().complete();
            limit.forget(user, open.id());
          }
          streams.clear();
        });
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
