package org.careercoach.server.jobs;

import org.careercoach.model.api.JobEvent;
import org.careercoach.server.events.UserEvents;
import org.springframework.stereotype.Component;

/** Tells the resume's owner of each state change of its job (SSE event {@code job}). */
@Component
class JobEvents {

  private final UserEvents events;

  JobEvents(UserEvents events) {
    this.events = events;
  }

  void publish(JobStore.Change change) {
    events.publish(
        change.ownerId(),
        "job",
        change.jobId().toString(),
        change.revision(),
        new JobEvent(
            change.jobId(),
            change.resumeId(),
            change.status(),
            change.attempt(),
            change.error(),
            change.at()));
  }
}
