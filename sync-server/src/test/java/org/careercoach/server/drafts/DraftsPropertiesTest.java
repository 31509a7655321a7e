package org.careercoach.server.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The drafts settings bind from properties, default sensibly and refuse nonsense by name. */
class DraftsPropertiesTest {

  private static DraftsProperties bind(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("coach.drafts", DraftsProperties.class);
  }

  @Test
  void theDefaultsAreThoseTheReadmeNames() {
    DraftsProperties defaults = bind(Map.of());

    assertThat(defaults.perUser()).isEqualTo(2000);
    assertThat(defaults.tombstoneDays()).isEqualTo(90);
    assertThat(defaults.tombstoneRetention()).isEqualTo(Duration.ofDays(90));
    assertThat(defaults.maxBody()).isEqualTo(DataSize.ofMegabytes(1));
    assertThat(defaults.purgeEvery()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void valuesBindInTheirUsualForms() {
    DraftsProperties set =
        bind(
            Map.of(
                "coach.drafts.per-user", "50",
                "coach.drafts.tombstone-days", "30",
                "coach.drafts.max-body", "512KB",
                "coach.drafts.purge-every", "10m"));

    assertThat(set.perUser()).isEqualTo(50);
    assertThat(set.tombstoneDays()).isEqualTo(30);
    assertThat(set.maxBody()).isEqualTo(DataSize.ofKilobytes(512));
    assertThat(set.purgeEvery()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aLimitBelowOneIsRefusedWithItsName() {
    assertThatThrownBy(() -> bind(Map.of("coach.drafts.per-user", "0")))
        .isInstanceOf(BindException.class)
        .rootCause()
        .hasMessageContaining("coach.drafts.per-user");
    assertThatThrownBy(() -> bind(Map.of("coach.drafts.tombstone-days", "-1")))
        .rootCause()
        .hasMessageContaining("coach.drafts.tombstone-days");
  }
}
