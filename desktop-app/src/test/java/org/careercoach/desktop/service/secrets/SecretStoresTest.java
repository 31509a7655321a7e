package org.careercoach.desktop.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretStoresTest {

  @Test
  void aKeychainThatWorksIsChosenAndTheProbeLeavesNothingBehind() {
    MemoryBackedKeychain keychain = new MemoryBackedKeychain();

    SecretStores.Choice choice = SecretStores.choose(() -> keychain);

    assertThat(choice.store()).isSameAs(keychain);
    assertThat(choice.persistent()).isTrue();
    assertThat(choice.status()).contains("keychain");
    assertThat(keychain.read(SecretStores.PROBE_NAME)).isEmpty();
  }

  @Test
  void noKeychainMeansMemoryOnlyAndTheUserIsTold() {
    SecretStores.Choice choice =
        SecretStores.choose(
            () -> {
              throw new SecretStoreException("the keychain refused to open: no D-Bus", null);
            });

    assertThat(choice.store()).isInstanceOf(MemorySecretStore.class);
    assertThat(choice.persistent()).isFalse();
    assertThat(choice.status()).contains("no D-Bus").endsWith("you will sign in again next time.");
  }

  @Test
  void aKeychainThatForgetsWhatWasWrittenIsNotTrusted() {
    MemoryBackedKeychain forgetful =
        new MemoryBackedKeychain() {
          @Override
          public Optional<String> read(String name) {
            return Optional.empty();
          }
        };

    SecretStores.Choice choice = SecretStores.choose(() -> forgetful);

    assertThat(choice.store()).isInstanceOf(MemorySecretStore.class);
    assertThat(choice.status()).contains("did not give back what was written");
  }

  /** A keychain stand-in that says it persists: only the probe's logic is under test here. */
  private static class MemoryBackedKeychain implements SecretStore {
    private final MemorySecretStore memory = new MemorySecretStore();

    @Override
    public Optional<String> read(String name) {
      return memory.read(name);
    }

    @Override
    public void write(String name, String secret) {
      memory.write(name, secret);
    }

    @Override
    public void delete(String name) {
      memory.delete(name);
    }

    @Override
    public boolean persistent() {
      return true;
    }
  }
}
