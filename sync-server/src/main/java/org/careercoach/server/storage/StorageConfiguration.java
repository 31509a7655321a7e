package org.careercoach.server.storage;

import java.time.Duration;
import org.careercoach.server.config.CoachProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Picks the store: S3 when a bucket is configured, else the data folder. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

  private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

  @Bean(destroyMethod = "")
  BlobStore blobStore(StorageProperties properties, CoachProperties coach) {
    if (!properties.usesS3()) {
      LocalBlobStore local = new LocalBlobStore(coach.dataDirectory().resolve("blobs"));
      local.restrictToOwner();
      log.info("No AWS_S3_BUCKET_NAME set: files are kept in the {}", local.describe());
      return local;
    }
    AwsCredentialsProvider credentials = credentials(properties);
    Region region = Region.of(properties.region());
    S3Configuration s3 =
        S3Configuration.builder().pathStyleAccessEnabled(properties.pathStyle()).build();
    S3ClientBuilder client =
        S3Client.builder()
            .region(region)
            .credentialsProvider(credentials)
            .serviceConfiguration(s3)
            // S3-compatible stores (MinIO, S3Proxy) lack the SDK's newer default checksums.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .overrideConfiguration(
                o ->
                    o.apiCallTimeout(Duration.ofMinutes(2))
                        .apiCallAttemptTimeout(Duration.ofSeconds(60)));
    S3Presigner.Builder presigner =
        S3Presigner.builder()
            .region(region)
            .credentialsProvider(credentials)
            .serviceConfiguration(s3);
    if (properties.endpoint() != null) {
      client.endpointOverride(properties.endpoint());
      presigner.endpointOverride(properties.endpoint());
    }
    S3BlobStore store = new S3BlobStore(client.build(), presigner.build(), properties);
    log.info("Files are kept in the {}", store.describe());
    return store;
  }

  private static AwsCredentialsProvider credentials(StorageProperties properties) {
    if (properties.accessKeyId() != null && !properties.accessKeyId().isBlank()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(properties.accessKeyId(), properties.secretAccessKey()));
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
