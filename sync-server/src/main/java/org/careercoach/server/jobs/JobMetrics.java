package org.careercoach.server.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters: {@code coach.jobs.queued} (waiting, all instances, from the database), {@code
 * coach.jobs.in_flight} (running here), {@code coach.jobs.completed} and {@code coach.jobs.failed}
 * (counters; their rate is per minute wherever they are scraped), {@code coach.jobs.wait} (enqueued
 * to started) and {@code coach.jobs.run} (started to done).
 */
@Component
class JobMetrics {

  private final AtomicInteger inFlight = new AtomicInteger();
  private final Counter completed;
  private final Counter failed;
  private final Timer wait;
  private final Timer run;

  JobMetrics(MeterRegistry registry, JobStore store) {
    Supplier<Number> queued = () -> store.count("QUEUED") + store.count("RETRY_SCHEDULED");
    Gauge.builder("coach.jobs.queued", queued).description("jobs waiting").register(registry);
    Gauge.builder("coach.jobs.in_flight", inFlight, AtomicInteger::get)
        .description("jobs running in this process")
        .register(registry);
    completed = Counter.builder("coach.jobs.completed").register(registry);
    failed = Counter.builder("coach.jobs.failed").register(registry);
    wait = Timer.builder("coach.jobs.wait").publishPercentiles(0.5, 0.99).register(registry);
    run = Timer.builder("coach.jobs.run").publishPercentiles(0.5, 0.99).register(registry);
  }

  void started(Duration waited) {
    inFlight.incrementAndGet();
    wait.record(waited.isNegative() ? Duration.ZERO : waited);
  }

  void ended(Duration ran, boolean succeeded) {
    inFlight.decrementAndGet();
    run.record(ran);
    (succeeded ? completed : failed).increment();
  }

  int inFlight() {
    return inFlight.get();
  }
}
