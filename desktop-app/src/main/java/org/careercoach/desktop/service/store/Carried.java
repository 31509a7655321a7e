package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A draft with all it carries, for moving it into another profile: its history and its sent copies
 * as stored (resumes left as JSON, so nothing is read and written again on the way).
 */
record Carried(LocalDraft draft, List<Version> versions, List<Sent> sent) {

  record Version(Instant startedAt, Instant savedAt, String title, String resume, String reason) {}

  record Sent(
      String title,
      String company,
      String role,
      String sentOn,
      long recordedAt,
      String resume,
      String job) {}

  /** A sent copy whose draft is gone, with its id here, for moving the application log. */
  record Orphan(long id, UUID draftId, Sent sent) {}
}
