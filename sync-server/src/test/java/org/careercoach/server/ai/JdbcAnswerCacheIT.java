package org.careercoach.server.ai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The server's answer cache in PostgreSQL: the table {@code ai_answers} this feature owns. */
@ServerIT
class JdbcAnswerCacheIT {

  @Autowired JdbcAnswerCache cache;
  @Autowired ModelProvider provider;

  @Test
  void keepsAnAnswerAndTheFirstOneWins() {
    String key = sha256Like();
    JsonNode first = CoachJson.mapper().readTree("{\"basics\":{\"label\":\"first\"}}");
    JsonNode second = CoachJson.mapper().readTree("{\"basics\":{\"label\":\"second\"}}");

    assertThat(cache.get(key)).isEmpty();
    cache.put(key, first);
    cache.put(key, second);

    assertThat(cache.get(key)).contains(first);
  }

  @Test
  void theTestServerHasNoModelWithoutAKey() {
    assertThat(provider.client()).isEmpty();
  }

  private static String sha256Like() {
    return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
  }
}
