package org.careercoach.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no database configured, the server starts a real PostgreSQL from binaries shipped in a Maven
 * artifact, keeping its data in {@code COACH_DATA_DIR/postgres}. The same SQL then serves laptop,
 * tests and production (ADR 0004).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(CoachProperties coach) throws IOException {
    return EmbeddedDatabase.start(coach.dataDirectory());
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedDatabase postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.jdbcUrl());
    config.setUsername(EmbeddedDatabase.USER);
    config.setPassword(postgres.password());
    config.setPoolName("embedded-postgres");
    config.setMaximumPoolSize(20);
    return new HikariDataSource(config);
  }
}
