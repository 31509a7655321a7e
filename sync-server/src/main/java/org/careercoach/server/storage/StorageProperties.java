package org.careercoach.server.storage;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * File storage. With {@code AWS_S3_BUCKET_NAME} set, files go to S3; otherwise to the data folder.
 *
 * @param bucket {@code AWS_S3_BUCKET_NAME}
 * @param region {@code AWS_REGION}
 * @param endpoint {@code AWS_ENDPOINT_URL}: an S3-compatible store (MinIO, S3Proxy)
 * @param pathStyle {@code COACH_S3_PATH_STYLE}: bucket in the path, as such stores want
 * @param accessKeyId {@code AWS_ACCESS_KEY_ID}; empty means the SDK's default credential chain
 * @param secretAccessKey {@code AWS_SECRET_ACCESS_KEY}
 * @param downloadUrlLifetime how long a presigned download URL works
 * @param multipartThreshold files at least this large are uploaded in parts
 * @param partSize the size of each part (S3's minimum is 5 MiB)
 */
@ConfigurationProperties("coach.storage")
public record StorageProperties(
    String bucket,
    @DefaultValue("us-east-1") String region,
    URI endpoint,
    @DefaultValue("false") boolean pathStyle,
    String accessKeyId,
    String secretAccessKey,
    @DefaultValue("5m") Duration downloadUrlLifetime,
    @DefaultValue("8MB") DataSize multipartThreshold,
    @DefaultValue("8MB") DataSize partSize) {

  public StorageProperties {
    if (endpoint != null && endpoint.toString().isBlank()) {
      endpoint = null;
    }
  }

  public boolean usesS3() {
    return bucket != null && !bucket.isBlank();
  }
}
