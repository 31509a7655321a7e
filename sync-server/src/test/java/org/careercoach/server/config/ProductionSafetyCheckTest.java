package org.careercoach.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.careercoach.server.SyncServerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ProductionSafetyCheckTest {

  private static final String STRONG = "q7Zk2vP9xLm4Rt8Wn3Yb6Hc1Jd5Fg0Se-Aa_Bb";

  @Test
  void theProdProfileRefusesToStartOnEmbeddedPartsAndSaysWhy() {
    SpringApplication app = new SpringApplication(SyncServerApplication.class);
    app.setAdditionalProfiles("prod");

    assertThatThrownBy(() -> app.run("--server.port=0", "--coach.data-dir=target/never-used"))
        .hasMessageContaining("prod profile refuses to start")
        .hasMessageContaining("DATABASE_URL")
        .hasMessageContaining("no Redis: set REDIS_HOST (the embedded Redis is for local use)")
        .hasMessageContaining("no file store: set AWS_S3_BUCKET_NAME")
        .hasMessageContaining("JWT_SECRET is missing")
        .hasMessageContaining("SENDGRID_API_KEY")
        .hasMessageContaining("COACH_PUBLIC_URL");
  }

  @Test
  void aCompleteProductionConfigurationPasses() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/coach")
            .withProperty("coach.redis.host", "redis.internal")
            .withProperty("coach.storage.bucket", "coach-resumes")
            .withProperty("coach.auth.jwt-secret", STRONG)
            .withProperty("coach.public-url", "https://coach.example.com")
            .withProperty("coach.email.sendgrid-api-key", "SG.real-key");

    assertThat(ProductionSafetyCheck.problems(env)).isEmpty();
  }

  @Test
  void anEmbeddedRedisOrALocalFileStoreIsRefusedEvenWhenAllElseIsSet() {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db/coach")
            .withProperty("coach.auth.jwt-secret", STRONG)
            .withProperty("coach.public-url", "https://coach.example.com")
            .withProperty("coach.email.sendgrid-api-key", "SG.real-key");

    assertThat(ProductionSafetyCheck.problems(env))
        .containsExactly(
            "no Redis: set REDIS_HOST (the embedded Redis is for local use)",
            "no file store: set AWS_S3_BUCKET_NAME (the local folder in COACH_DATA_DIR is for"
                + " local use)");
  }

  @Test
  void shortAndExampleSecretsAreWeak() {
    assertThat(ProductionSafetyCheck.weakSecret("short")).get().asString().contains("shorter");
    assertThat(ProductionSafetyCheck.weakSecret("your-256-bit-secret-your-256-bit-secret"))
        .get()
        .asString()
        .contains("example");
    assertThat(ProductionSafetyCheck.weakSecret("a".repeat(64)))
        .get()
        .asString()
        .contains("example");
    assertThat(ProductionSafetyCheck.weakSecret(STRONG)).isEmpty();
  }
}
