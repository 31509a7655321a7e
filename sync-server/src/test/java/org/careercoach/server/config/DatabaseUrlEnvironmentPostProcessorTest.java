package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlEnvironmentPostProcessorTest {

  @Test
  void readsTheOriginalDeploymentsUrlWithEncodedCredentials() {
    Map<String, Object> props =
        DatabaseUrlEnvironmentPostProcessor.datasourceProperties(
            "postgres://coach:p%40ss%3Aword@db.internal:6543/career?sslmode=require");

    assertThat(props)
        .containsEntry(
            "spring.datasource.url", "jdbc:postgresql://db.internal:6543/career?sslmode=require")
        .containsEntry("spring.datasource.username", "coach")
        .containsEntry("spring.datasource.password", "p@ss:word");
  }

  @Test
  void defaultsThePortAndPassesJdbcUrlsThrough() {
    assertThat(
            DatabaseUrlEnvironmentPostProcessor.datasourceProperties("postgresql://u@h/db")
                .get("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://h:5432/db");
    assertThat(
            DatabaseUrlEnvironmentPostProcessor.datasourceProperties("jdbc:postgresql://h/db")
                .get("spring.datasource.url"))
        .isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void refusesOtherSchemesWithAMessageThatSaysWhatToWrite() {
    assertThatThrownBy(
            () -> DatabaseUrlEnvironmentPostProcessor.datasourceProperties("mysql://h/db"))
        .hasMessageContaining("postgres://");
  }
}
