package org.careercoach.server.jobs;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code jobs}: FAILING (answered with 200: uploads still work
 * and jobs wait) while this process takes no parse jobs because too many abandoned parses still
 * hold their threads.
 */
@Component("jobs")
class JobsHealthIndicator implements HealthIndicator {

  static final Status FAILING = new Status("FAILING");

  private final JobProperties properties;
  private final ParseCapacity capacity;

  JobsHealthIndicator(JobProperties properties, ParseCapacity capacity) {
    this.properties = properties;
    this.capacity = capacity;
  }

  @Override
  public Health health() {
    int alive = capacity.abandonedAlive();
    if (properties.workers() && alive >= capacity.limit()) {
      return Health.status(FAILING)
          .withDetail("abandonedParses", alive)
          .withDetail(
              "problem",
              alive
                  + " parses ran past their time limit and still run, ignoring interruption"
                  + " (the limit is "
                  + capacity.limit()
                  + "). This process takes no parse jobs until they end; jobs wait in the"
                  + " queue for other worker processes. Restart this process if it lasts.")
          .build();
    }
    return Health.up()
        .withDetail("workers", properties.workers())
        .withDetail("abandonedParses", alive)
        .build();
  }
}
