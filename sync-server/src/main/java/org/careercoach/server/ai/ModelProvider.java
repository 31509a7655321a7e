package org.careercoach.server.ai;

import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The server's model client, its answers kept in the database; none without an API key. */
@Component
@EnableConfigurationProperties(AiProperties.class)
public class ModelProvider {

  private final Optional<ModelClient> client;

  ModelProvider(AiProperties properties, JdbcAnswerCache answers) {
    this.client =
        properties.configured()
            ? Optional.of(new ModelClient(properties, ModelClient.DEFAULT_TIMEOUT, answers))
            : Optional.empty();
  }

  /** The client, or empty when no {@code ANTHROPIC_API_KEY} is set. */
  public Optional<ModelClient> client() {
    return client;
  }
}
