package org.careercoach.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriUtils;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Files in an S3 bucket (or an S3-compatible store). Failures become messages that name the action,
 * the bucket and the IAM permission the README lists, in the log and in the answer.
 */
class S3BlobStore implements BlobStore {

  private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);
  private static final Set<String> DENIED =
      Set.of(
          "AccessDenied",
          "InvalidAccessKeyId",
          "SignatureDoesNotMatch",
          "AllAccessDisabled",
          "AccountProblem");

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;
  private final long multipartThreshold;
  private final long partSize;
  private final Duration downloadUrlLifetime;

  S3BlobStore(S3Client s3, S3Presigner presigner, StorageProperties properties) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = properties.bucket();
    this.multipartThreshold = properties.multipartThreshold().toBytes();
    this.partSize = Math.max(5L * 1024 * 1024, properties.partSize().toBytes());
    this.downloadUrlLifetime = properties.downloadUrlLifetime();
  }

  @Override
  public void put(String key, Path file, String contentType) {
    call(
        "s3:PutObject",
        key,
        () -> {
          long size = size(file);
          if (size < multipartThreshold) {
            s3.putObject(
                r -> r.bucket(bucket).key(key).contentType(contentType),
                RequestBody.fromFile(file));
          } else {
            putInParts(key, file, size, contentType);
          }
          return null;
        });
  }

  private void putInParts(String key, Path file, long size, String contentType) {
    String uploadId =
        s3.createMultipartUpload(r -> r.bucket(bucket).key(key).contentType(contentType))
            .uploadId();
    try {
      List<CompletedPart> parts = new ArrayList<>();
      int number = 1;
      for (long offset = 0; offset < size; offset += partSize, number++) {
        long start = offset;
        long length = Math.min(partSize, size - offset);
        int partNumber = number;
        // A provider, not one stream: the SDK reads a part again when it retries it.
        RequestBody body =
            RequestBody.fromContentProvider(
                () -> part(file, start, length), length, "application/octet-stream");
        String etag =
            s3.uploadPart(
                    r -> r.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber), body)
                .eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
      }
      s3.completeMultipartUpload(
          r -> r.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    } catch (RuntimeException e) {
      abort(key, uploadId);
      throw e;
    }
  }

  /** A fresh stream over {@code length} bytes of the file from {@code start}; closing closes it. */
  private static InputStream part(Path file, long start, long length) {
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
      channel.position(start);
      return BoundedInputStream.builder()
          .setInputStream(Channels.newInputStream(channel))
          .setMaxCount(length)
          .setPropagateClose(true)
          .get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void abort(String key, String uploadId) {
    try {
      s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId));
    } catch (RuntimeException e) {
      log.warn(
          "Could not abort multipart upload of {} in bucket {}: {}", key, bucket, e.toString());
    }
  }

  @Override
  public InputStream open(String key) {
    return call("s3:GetObject", key, () -> s3.getObject(r -> r.bucket(bucket).key(key)));
  }

  @Override
  public Optional<URI> downloadUrl(String key, String filename, String contentType) {
    String disposition =
        "attachment; filename*=UTF-8''"
            + UriUtils.encode(filename, java.nio.charset.StandardCharsets.UTF_8);
    return Optional.of(
        call(
            "s3:GetObject",
            key,
            () -> {
              try {
                return presigner
                    .presignGetObject(
                        p ->
                            p.signatureDuration(downloadUrlLifetime)
                                .getObjectRequest(
                                    g ->
                                        g.bucket(bucket)
                                            .key(key)
                                            .responseContentType(contentType)
                                            .responseContentDisposition(disposition)))
                    .url()
                    .toURI();
              } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
              }
            }));
  }

  @Override
  public void delete(String key) {
    call(
        "s3:DeleteObject",
        key,
        () -> {
          s3.deleteObject(r -> r.bucket(bucket).key(key));
          return null;
        });
  }

  @Override
  public void check() {
    call(
        "s3:ListBucket",
        "(bucket)",
        () -> {
          s3.headBucket(r -> r.bucket(bucket));
          return null;
        });
  }

  @Override
  public String describe() {
    return "S3 bucket " + bucket;
  }

  private <T> T call(String action, String key, Supplier<T> work) {
    try {
      return work.get();
    } catch (S3Exception e) {
      throw explain(action, key, e);
    } catch (SdkClientException e) {
      log.error("S3 could not be reached for {} on bucket {}: {}", action, bucket, e.getMessage());
      throw new StorageException(
          true,
          "storage-unreachable",
          "The file store (S3 bucket " + bucket + ") could not be reached. Try again shortly.",
          e);
    } catch (UncheckedIOException e) {
      throw new StorageException(
          true, "storage-io", "Reading the upload failed: " + e.getMessage(), e);
    }
  }

  private StorageException explain(String action, String key, S3Exception e) {
    // A HEAD (the health check) answers without a body, so without an error code.
    String code =
        e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
            ? "HTTP " + e.statusCode()
            : e.awsErrorDetails().errorCode();
    String detail;
    String type;
    boolean passing = false;
    if (DENIED.contains(code) || e.statusCode() == 403) {
      type = "storage-access-denied";
      detail =
          "S3 denied "
              + action
              + " on bucket "
              + bucket
              + " ("
              + code
              + "). Give the server's credentials the IAM policy in the README (s3:PutObject,"
              + " s3:GetObject, s3:DeleteObject on arn:aws:s3:::"
              + bucket
              + "/*, s3:ListBucket on arn:aws:s3:::"
              + bucket
              + "), and check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";
    } else if ("NoSuchBucket".equals(code) || (e.statusCode() == 404 && "(bucket)".equals(key))) {
      type = "storage-no-bucket";
      detail =
          "The S3 bucket "
              + bucket
              + " does not exist (or not in region of this server): create it, or set"
              + " AWS_S3_BUCKET_NAME and AWS_REGION to an existing one.";
    } else if ("NoSuchKey".equals(code) || e.statusCode() == 404) {
      type = "blob-missing";
      detail = "The stored file is missing from S3 bucket " + bucket + ".";
    } else {
      passing = e.statusCode() >= 500 || e.statusCode() == 429;
      type = passing ? "storage-unavailable" : "storage-refused";
      detail =
          "S3 answered "
              + e.statusCode()
              + " ("
              + code
              + ") to "
              + action
              + " on bucket "
              + bucket
              + ".";
    }
    log.error("{} [key {}]", detail, key);
    return new StorageException(passing, type, detail, e);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
