package org.careercoach.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.support.LocalS3;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The S3 store through the AWS SDK against a real S3 API server (S3Proxy) in this JVM. */
class S3BlobStoreIT {

  static LocalS3 s3;
  @TempDir Path temp;

  @BeforeAll
  static void startS3() throws Exception {
    s3 = LocalS3.start("resumes");
  }

  @AfterAll
  static void stopS3() throws Exception {
    s3.close();
  }

  @Test
  void putsReadsAndDeletesAFile() throws Exception {
    BlobStore store = store("resumes", LocalS3.SECRET_KEY);
    Path file = file(50_000);

    store.put("users/u1/resumes/small", file, "application/pdf");

    try (InputStream in = store.open("users/u1/resumes/small")) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
    }
    store.delete("users/u1/resumes/small");
    store.delete("users/u1/resumes/small");
    assertThatThrownBy(() -> store.open("users/u1/resumes/small"))
        .isInstanceOfSatisfying(
            StorageException.class, e -> assertThat(e.getMessage()).contains("missing"));
  }

  @Test
  void largeFilesGoUpInParts() throws Exception {
    BlobStore store = store("resumes", LocalS3.SECRET_KEY);
    Path file = file(12 * 1024 * 1024 + 123);

    store.put("users/u1/resumes/large", file, "application/pdf");

    try (InputStream in = store.open("users/u1/resumes/large")) {
      assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
    }
  }

  @Test
  void aPresignedUrlFetchesTheFileOverPlainHttp() throws Exception {
    BlobStore store = store("resumes", LocalS3.SECRET_KEY);
    Path file = file(10_000);
    store.put("users/u2/resumes/cv", file, "application/pdf");

    URI url =
        store.downloadUrl("users/u2/resumes/cv", "CV Ana Ñ.pdf", "application/pdf").orElseThrow();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Files.readAllBytes(file));
    assertThat(url.getQuery()).contains("X-Amz-Signature").contains("X-Amz-Expires=300");
  }

  @Test
  void aDeniedRequestNamesTheActionAndThePolicyForTheLogButOnlyWordsForTheClient()
      throws Exception {
    BlobStore store = store("resumes", "not-the-secret");

    assertThatThrownBy(() -> store.put("users/u3/resumes/x", file(10), "application/pdf"))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> {
              assertThat(e.getMessage())
                  .contains("s3:PutObject")
                  .contains("arn:aws:s3:::resumes/*")
                  .contains("AWS_SECRET_ACCESS_KEY");
              var answer = e.toProblemDetail();
              assertThat(answer.getStatus()).isEqualTo(502);
              assertThat(answer.getType().toString())
                  .isEqualTo("urn:careercoach:problem:storage-access-denied");
              assertThat(answer.getDetail())
                  .contains("problem on our side")
                  .contains("Reference: " + answer.getProperties().get("reference"))
                  .doesNotContain("resumes")
                  .doesNotContain("s3:")
                  .doesNotContain("AWS_")
                  .doesNotContain("users/u3");
            });
  }

  @Test
  void aMissingBucketIsNamed() throws Exception {
    BlobStore store = store("no-such-bucket", LocalS3.SECRET_KEY);

    assertThatThrownBy(() -> store.put("users/u4/resumes/x", file(10), "application/pdf"))
        .isInstanceOfSatisfying(
            StorageException.class,
            e -> assertThat(e.getMessage()).contains("no-such-bucket").contains("does not exist"));
    assertThatThrownBy(store::check).isInstanceOf(StorageException.class);
  }

  private BlobStore store(String bucket, String secret) {
    StorageProperties properties =
        new StorageProperties(
            bucket,
            "us-east-1",
            s3.endpoint(),
            true,
            LocalS3.ACCESS_KEY,
            secret,
            Duration.ofMinutes(5),
            DataSize.ofMegabytes(6),
            DataSize.ofMegabytes(5));
    return new StorageConfiguration()
        .blobStore(properties, new CoachProperties(temp.toString(), null));
  }

  private Path file(int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    Path file = Files.createTempFile(temp, "blob", ".bin");
    Files.write(file, bytes);
    return file;
  }
}
