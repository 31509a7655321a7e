package org.careercoach.server.resumes;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one account may upload ({@code COACH_UPLOADS_PER_HOUR}, {@code COACH_STORAGE_QUOTA}).
 *
 * @param perHour uploads per account per hour, across all server instances; 0 turns the limit off
 * @param storageQuota bytes of resume files one account may keep
 */
@ConfigurationProperties("coach.uploads")
record UploadProperties(int perHour, DataSize storageQuota) {

  UploadProperties {
    if (perHour < 0) {
      throw new IllegalArgumentException("coach.uploads.per-hour must be 0 (off) or more");
    }
    storageQuota = storageQuota == null ? DataSize.ofMegabytes(100) : storageQuota;
    if (storageQuota.toBytes() <= 0) {
      throw new IllegalArgumentException("coach.uploads.storage-quota must be more than 0");
    }
  }
}
