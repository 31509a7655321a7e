package org.careercoach.server.resumes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one account may upload and have read ({@code COACH_UPLOADS_PER_HOUR}, {@code
 * COACH_STORAGE_QUOTA}, {@code COACH_REPARSES_PER_HOUR}).
 *
 * @param perHour uploads per account per hour, across all server instances; 0 turns the limit off
 * @param storageQuota bytes of resume files one account may keep
 * @param reparsesPerHour "read again" requests per account per hour, across all server instances; 0
 *     turns the limit off
 */
@ConfigurationProperties("coach.uploads")
record UploadProperties(
    int perHour, DataSize storageQuota, @DefaultValue("10") int reparsesPerHour) {

  UploadProperties {
    if (perHour < 0) {
      throw new IllegalArgumentException("coach.uploads.per-hour must be 0 (off) or more");
    }
    storageQuota = storageQuota == null ? DataSize.ofMegabytes(100) : storageQuota;
    if (storageQuota.toBytes() <= 0) {
      throw new IllegalArgumentException("coach.uploads.storage-quota must be more than 0");
    }
    if (reparsesPerHour < 0) {
      throw new IllegalArgumentException("coach.uploads.reparses-per-hour must be 0 (off) or more");
    }
  }
}
