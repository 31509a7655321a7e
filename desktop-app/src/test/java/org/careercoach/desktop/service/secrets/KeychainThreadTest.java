package org.careercoach.desktop.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A keychain that hangs (an unlock prompt nobody answers) costs one time limit, not one per call.
 */
class KeychainThreadTest {

  @Test
  void aCallThatHangsTimesOutAndLaterCallsFailAtOnceUntilItEnds() throws Exception {
    KeychainSecretStore.KeychainThread thread =
        new KeychainSecretStore.KeychainThread(Duration.ofMillis(200));
    CountDownLatch prompt = new CountDownLatch(1);
    try {
      assertThatThrownBy(
              () ->
                  thread.call(
                      "write",
                      () -> {
                        prompt.await(30, TimeUnit.SECONDS);
                        return null;
                      }))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("did not answer within 200 ms");

      long start = System.nanoTime();
      assertThatThrownBy(() -> thread.call("read", () -> "secret"))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("has not answered an earlier request");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));

      prompt.countDown(); // the user finally answers the prompt
      assertThat(callWhenFree(thread)).isEqualTo("secret");
    } finally {
      thread.close();
    }
  }

  /** Calls once the stuck call has ended, which takes the keychain thread a moment to notice. */
  private static String callWhenFree(KeychainSecretStore.KeychainThread thread) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return thread.call("read", () -> "secret");
      } catch (SecretStoreException busy) {
        if (System.nanoTime() > deadline) {
          throw busy;
        }
        Thread.sleep(20);
      }
    }
  }

  @Test
  void whatTheKeychainThrowsComesBackInWords() {
    KeychainSecretStore.KeychainThread thread =
        new KeychainSecretStore.KeychainThread(Duration.ofSeconds(5));
    try {
      assertThatThrownBy(
              () ->
                  thread.call(
                      "write",
                      () -> {
                        throw new NullPointerException("response is null");
                      }))
          .isInstanceOf(SecretStoreException.class)
          .hasMessageContaining("refused to write")
          .hasMessageContaining("response is null");
    } finally {
      thread.close();
    }
  }
}
