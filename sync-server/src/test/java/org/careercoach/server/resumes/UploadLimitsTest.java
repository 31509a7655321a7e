package org.careercoach.server.resumes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.careercoach.server.config.ApiProblem;
import org.careercoach.server.redis.Redis;
import org.careercoach.server.redis.SharedBuckets;
import org.careercoach.server.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** Against a real Redis shared by two instances, as by two servers; and without one. */
class UploadLimitsTest {

  private static final UploadProperties THREE_PER_HOUR =
      new UploadProperties(3, DataSize.ofKilobytes(10), 2);

  private static Redis redis;
  private static Redis unreachable;

  @BeforeAll
  static void connect() {
    redis = new Redis("127.0.0.1", TestRedis.port());
    unreachable = new Redis("127.0.0.1", 1);
  }

  @AfterAll
  static void close() {
    redis.close();
    unreachable.close();
  }

  @Test
  void theFourthUploadWithinTheHourOnAnyInstanceIsA429WithRetryAfterAndWords() {
    UploadLimits one = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UploadLimits other = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UUID owner = UUID.randomUUID();
    one.countUpload(owner);
    other.countUpload(owner);
    one.countUpload(owner);

    assertThatThrownBy(() -> other.countUpload(owner))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
              // One upload's worth refills in 20 minutes.
              assertThat(p.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(21));
              assertThat(p.getMessage())
                  .isEqualTo(
                      "You have uploaded 3 files within the last hour, the most one account may."
                          + " You can upload again in 20 minutes.");
            });
    assertThatCode(() -> one.countUpload(UUID.randomUUID()))
        .as("each account has its own allowance")
        .doesNotThrowAnyException();
  }

  @Test
  void withoutRedisUploadsAreNotHeldBackByTheHourlyLimit() {
    UploadLimits limits = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(unreachable));
    UUID owner = UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      limits.countUpload(owner);
    }
  }

  @Test
  void whatIsLeftOfTheHourIsReadWithoutTakingAnyOfIt() {
    UploadLimits one = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UploadLimits other = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UUID owner = UUID.randomUUID();
    assertThat(one.uploadsLeft(owner)).as("a bucket never used is full").isEqualTo(3);
    assertThat(one.uploadsLeft(owner)).as("reading took nothing").isEqualTo(3);

    one.countUpload(owner);
    other.countUpload(owner);

    assertThat(other.uploadsLeft(owner)).as("every instance sees the same bucket").isEqualTo(1);
    one.countUpload(owner);
    assertThat(one.uploadsLeft(owner)).isZero();
    assertThatThrownBy(() -> one.countUpload(owner)).isInstanceOf(ApiProblem.class);
  }

  @Test
  void unlimitedUploadsOrNoRedisLeaveAnUnknownAmountLeft() {
    UploadLimits unlimited =
        new UploadLimits(
            new UploadProperties(0, DataSize.ofKilobytes(10), 2), new SharedBuckets(redis));
    UploadLimits withoutRedis = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(unreachable));
    UUID owner = UUID.randomUUID();
    unlimited.countUpload(owner);

    assertThat(unlimited.uploadsLeft(owner)).isEqualTo(-1);
    assertThat(withoutRedis.uploadsLeft(owner)).isEqualTo(-1);
  }

  @Test
  void readingAgainHasItsOwnHourlyAllowanceInWords() {
    UploadLimits one = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UploadLimits other = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    UUID owner = UUID.randomUUID();
    one.countReparse(owner);
    other.countReparse(owner);

    assertThatThrownBy(() -> one.countReparse(owner))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
              // Two per hour: one refills in 30 minutes.
              assertThat(p.retryAfter()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
              assertThat(p.getMessage())
                  .isEqualTo(
                      "You have asked for files to be read again 2 times within the last hour, the"
                          + " most one account may. You can ask again in 30 minutes.");
            });
    assertThat(one.uploadsLeft(owner)).as("uploads are counted apart").isEqualTo(3);
    UploadLimits off =
        new UploadLimits(
            new UploadProperties(3, DataSize.ofKilobytes(10), 0), new SharedBuckets(redis));
    assertThatCode(() -> off.countReparse(owner)).as("0 turns it off").doesNotThrowAnyException();
    UploadLimits withoutRedis = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(unreachable));
    assertThatCode(() -> withoutRedis.countReparse(owner)).doesNotThrowAnyException();
  }

  @Test
  void theStorageQuotaNamesItselfAndTheUseInWords() {
    UploadLimits limits = new UploadLimits(THREE_PER_HOUR, new SharedBuckets(redis));
    assertThatCode(() -> limits.checkStorage(9 * 1024, 1024)).doesNotThrowAnyException();

    assertThatThrownBy(() -> limits.checkStorage(9 * 1024, 1025))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
              assertThat(p.toProblemDetail().getType().toString())
                  .isEqualTo("urn:careercoach:problem:storage-quota-exceeded");
              assertThat(p.getMessage())
                  .isEqualTo(
                      "Your resumes use 9.0 KB of the 10.0 KB each account may keep, and this file"
                          + " (1.0 KB) does not fit. Delete resumes you no longer need, then upload"
                          + " it again.");
            });
  }
}
