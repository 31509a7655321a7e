package org.careercoach.server.ai;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The model's accepted answers (as JSON) kept by the hash of the model and the prompt, so a
 * question is paid for once: in a folder for the command line, in the database for the server
 * (shared by every instance and worker).
 */
public interface AnswerCache {

  Optional<JsonNode> get(String key);

  void put(String key, JsonNode answer);
}
