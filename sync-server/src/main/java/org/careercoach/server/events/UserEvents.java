package org.careercoach.server.events;

import io.lettuce.core.RedisException;
import java.util.UUID;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.redis.Redis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes an event to one user's event streams, on every instance. It is delivered here at once
 * and through Redis to the others (this instance ignores its own copy by revision), so a user on
 * this instance still gets it while Redis is down.
 */
@Service
public class UserEvents {

  static final String CHANNEL = "coach:user-events";
  private static final Logger log = LoggerFactory.getLogger(UserEvents.class);

  private final Redis redis;
  private final EventStreams streams;

  UserEvents(Redis redis, EventStreams streams) {
    this.redis = redis;
    this.streams = streams;
  }

  /**
   * @param type the SSE event name, such as {@code job}
   * @param key what the event is about (a job id); with {@code revision} it orders the events
   */
  public void publish(UUID user, String type, String key, long revision, Object data) {
    Envelope envelope =
        new Envelope(user, type, key, revision, CoachJson.mapper().valueToTree(data));
    streams.deliver(envelope);
    try {
      redis.commands().publish(CHANNEL, envelope.toJson());
    } catch (RedisException e) {
      log.debug("event not shared with other instances while Redis is down: {}", e.getMessage());
    }
  }

  /** An event on the wire between instances. */
  record Envelope(UUID user, String type, String key, long revision, JsonNode data) {

    String toJson() {
      ObjectNode node = CoachJson.mapper().createObjectNode();
      node.put("user", user.toString());
      node.put("type", type);
      node.put("key", key);
      node.put("revision", revision);
      node.set("data", data);
      return CoachJson.mapper().writeValueAsString(node);
    }

    static Envelope fromJson(String json) {
      JsonNode node = CoachJson.mapper().readTree(json);
      return new Envelope(
          UUID.fromString(node.get("user").asString()),
          node.get("type").asString(),
          node.get("key").asString(),
          node.get("revision").asLong(),
          node.get("data"));
    }
  }
}
