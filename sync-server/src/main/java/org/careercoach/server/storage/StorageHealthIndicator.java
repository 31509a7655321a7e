package org.careercoach.server.storage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} component {@code storage}: can the file store be reached and used? */
@Component("storage")
class StorageHealthIndicator implements HealthIndicator {

  private final BlobStore store;

  StorageHealthIndicator(BlobStore store) {
    this.store = store;
  }

  @Override
  public Health health() {
    try {
      store.check();
      return Health.up().withDetail("store", store.describe()).build();
    } catch (StorageException e) {
      return Health.down()
          .withDetail("store", store.describe())
          .withDetail("problem", e.getMessage())
          .build();
    }
  }
}
