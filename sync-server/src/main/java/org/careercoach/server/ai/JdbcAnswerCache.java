package org.careercoach.server.ai;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.careercoach.model.json.CoachJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The model's answers in PostgreSQL (table {@code ai_answers}, owned by this feature), shared by
 * every instance and worker. Its column is named {@code resume} from when only parsing asked; it
 * holds any JSON answer.
 */
@Component
class JdbcAnswerCache implements AnswerCache {

  private static final Logger log = LoggerFactory.getLogger(JdbcAnswerCache.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAnswerCache(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<JsonNode> get(String key) {
    Optional<String> json =
        jdbc.sql("select resume::text from ai_answers where key = :key")
            .param("key", key)
            .query(String.class)
            .optional();
    try {
      return json.map(text -> CoachJson.mapper().readTree(text));
    } catch (JacksonException unreadable) {
      log.warn("event=ai_cache_unreadable key={} reason={}", key, unreadable.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, JsonNode answer) {
    jdbc.sql(
            """
            insert into ai_answers (key, resume, created_at)
            values (:key, cast(:resume as jsonb), :now)
            on conflict (key) do nothing
            """)
        .param("key", key)
        .param("resume", CoachJson.mapper().writeValueAsString(answer))
        .param("now", Timestamp.from(clock.instant()))
        .update();
  }
}
