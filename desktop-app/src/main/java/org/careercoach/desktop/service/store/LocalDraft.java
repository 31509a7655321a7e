package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.util.UUID;
import org.careercoach.model.resume.Resume;

/**
 * A draft as stored on this device.
 *
 * @param id made by this device, a UUID, never reused
 * @param title the name the person gave it
 * @param resume its content, unknown fields kept
 * @param revision grows by one with each stored change
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param trashedAt when it was moved to the Trash; null when it is not there
 */
public record LocalDraft(
    UUID id,
    String title,
    Resume resume,
    long revision,
    Instant createdAt,
    Instant updatedAt,
    Instant trashedAt) {

  public boolean trashed() {
    return trashedAt != null;
  }
}
