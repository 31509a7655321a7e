/**
 * Where uploaded files live: S3 in production (AWS SDK v2), a folder in {@code COACH_DATA_DIR} by
 * default. Other features see only {@link org.careercoach.server.storage.BlobStore}.
 */
package org.careercoach.server.storage;
