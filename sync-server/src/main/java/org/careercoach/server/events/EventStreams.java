package org.careercoach.server.events;

import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.core.JacksonException;

/**
 * The open event streams of this instance, by user, fed by the Redis channel. A comment every 15 s
 * keeps proxies from closing an idle stream and finds the connections that went away.
 */
@Component
class EventStreams implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(EventStreams.class);
  static final Duration STREAM_LIFETIME = Duration.ofMinutes(30);
  private static final int REMEMBERED_KEYS = 1_000;

  /** One open stream, and the newest revision it showed of each key. */
  private record Open(SseEmitter emitter, Map<String, Long> shown) {}

  private final Map<UUID, Set<Open>> byUser = new ConcurrentHashMap<>();
  private final Redis redis;
  private volatile StatefulRedisPubSubConnection<String, String> subscription;
  private volatile boolean running;

  EventStreams(Redis redis) {
    this.redis = redis;
  }

  SseEmitter open(UUID user) {
    SseEmitter emitter = new SseEmitter(STREAM_LIFETIME.toMillis());
    Open open =
        new Open(
            emitter,
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > REMEMBERED_KEYS;
              }
            });
    Set<Open> streams = byUser.computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet());
    streams.add(open);
    Runnable remove = () -> streams.remove(open);
    emitter.onCompletion(remove);
    emitter.onTimeout(remove);
    emitter.onError(e -> remove.run());
    try {
      // Sends the headers now, so the client knows it is connected.
      emitter.send(SseEmitter.event().comment("connected"));
    } catch (IOException e) {
      remove.run();
    }
    return emitter;
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
          streams.remove(open);
        }
      }
    }
  }

  @Scheduled(fixedDelay = 15_000)
  void keepAlive() {
    for (Set<Open> streams : byUser.values()) {
      for (Open open : streams) {
        synchronized (open) {
          try {
            open.emitter().send(SseEmitter.event().comment("keep-alive"));
          } catch (IOException | IllegalStateException gone) {
            streams.remove(open);
          }
        }
      }
    }
    subscribe();
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
                  deliver(UserEvents.Envelope.fromJson(message));
                } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                  log.warn("event=bad_user_event reason={}", e.getMessage());
                }
              }
            });
        connection.sync().subscribe(UserEvents.CHANNEL);
        subscription = connection;
      } catch (RedisException e) {
        log.debug("events from other instances wait for Redis: {}", e.getMessage());
      }
    }
  }

  @Override
  public void start() {
    running = true;
    // Until Redis answers, the keep-alive tries again every 15 s; a request never waits for it.
    subscribe();
  }

  /**
   * Ends every open stream before the web server's graceful shutdown, which would otherwise wait
   * its whole timeout for these never-ending responses. Clients reconnect to another instance.
   */
  @Override
  public void stop() {
    running = false;
    for (Set<Open> streams : byUser.values()) {
      for (Open open : streams) {
        open.emitter().complete();
      }
      streams.clear();
    }
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
