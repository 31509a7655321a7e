package org.careercoach.server.events;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.careercoach.model.json.CoachJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which of one user's open streams must close, sent to every instance through Redis: the streams
 * named in {@code streams} when there are any; else those of {@code session} when it is set; else
 * all of the user's streams except those of {@code keepSession}.
 */
record CloseRequest(UUID user, UUID session, UUID keepSession, List<UUID> streams, String reason) {

  static final String SESSION_ENDED = "session-ended";
  static final String STREAM_LIMIT = "stream-limit";

  CloseRequest {
    streams = List.copyOf(streams);
  }

  static CloseRequest session(UUID user, UUID session) {
    return new CloseRequest(user, session, null, List.of(), SESSION_ENDED);
  }

  static CloseRequest allSessionsBut(UUID user, UUID keepSession) {
    return new CloseRequest(user, null, keepSession, List.of(), SESSION_ENDED);
  }

  static CloseRequest streams(UUID user, List<UUID> streams) {
    return new CloseRequest(user, null, null, streams, STREAM_LIMIT);
  }

  boolean matches(UUID stream, UUID streamSession) {
    if (!streams.isEmpty()) {
      return streams.contains(stream);
    }
    if (session != null) {
      return session.equals(streamSession);
    }
    return !streamSession.equals(keepSession);
  }

  String toJson() {
    ObjectNode node = CoachJson.mapper().createObjectNode();
    node.put("user", user.toString());
    if (session != null) {
      node.put("session", session.toString());
    }
    if (keepSession != null) {
      node.put("keepSession", keepSession.toString());
    }
    ArrayNode ids = node.putArray("streams");
    streams.forEach(id -> ids.add(id.toString()));
    node.put("reason", reason);
    return CoachJson.mapper().writeValueAsString(node);
  }

  static CloseRequest fromJson(String json) {
    JsonNode node = CoachJson.mapper().readTree(json);
    List<UUID> streams = new ArrayList<>();
    for (JsonNode id : node.path("streams")) {
      streams.add(UUID.fromString(id.asString()));
    }
    return new CloseRequest(
        UUID.fromString(node.get("user").asString()),
        uuid(node.get("session")),
        uuid(node.get("keepSession")),
        streams,
        node.path("reason").asString(SESSION_ENDED));
  }

  private static UUID uuid(JsonNode node) {
    return node == null || node.isNull() ? null : UUID.fromString(node.asString());
  }
}
