package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AuthPropertiesBindingTest {

  @ParameterizedTest
  @CsvSource({"15m, 900", "24h, 86400", "900s, 900", "900, 900", "3600, 3600"})
  void jwtExpiresInTakesDurationsAndBareSeconds(String value, long seconds) {
    Binder binder =
        new Binder(
            new MapConfigurationPropertySource(Map.of("coach.auth.access-token-lifetime", value)));

    AuthProperties bound = binder.bind("coach.auth", AuthProperties.class).get();

    assertThat(bound.accessTokenLifetime()).isEqualTo(Duration.ofSeconds(seconds));
    assertThat(bound.refreshIdleLifetime()).isEqualTo(Duration.ofDays(30));
    assertThat(bound.refreshFamilyLifetime()).isEqualTo(Duration.ofDays(90));
    assertThat(bound.clockSkew()).isEqualTo(Duration.ofSeconds(5));
  }
}
