/**
 * Where uploaded files live: S3 in production (AWS SDK v2), a folder in {@code COACH_DATA_DIR} by
 * default. Other features see only {@link org.careercoach.server.storage.BlobStore}.
 *
 * <p>Allowed dependencies (ADR 0015, checked by FeatureGraphTest): config: the data folder of the
 * local store and the error answers.
 */
@ApplicationModule(allowedDependencies = {"config"})
package org.careercoach.server.storage;

import org.springframework.modulith.ApplicationModule;
