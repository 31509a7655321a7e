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
    assertThat(choice.details()).isEmpty();
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
    assertThat(choice.status())
        .startsWith("No keychain service (such as GNOME Keyring or KWallet) is running")
        .endsWith("you will sign in again next time.");
    assertThat(choice.details()).contains("SecretStoreException").contains("no D-Bus");
  }

  @Test
  void javaKeyringsMissingBackendIsSaidInWordsWithTheClassOnlyInTheDetails() {
    SecretStores.Choice choice =
        SecretStores.choose(
            () -> {
              throw new SecretStoreException(
                  "the keychain refused to open",
                  new com.github.javakeyring.BackendNotSupportedException(
                      "No available keyring backend found"));
            });

    assertThat(choice.status())
        .isEqualTo(
            "No keychain service (such as GNOME Keyring or KWallet) is running on this computer."
                + " Your sign-in is kept in memory only: you will sign in again next time.");
    assertThat(choice.details())
        .contains("com.github.javakeyring.BackendNotSupportedException")
        .contains("No available keyring backend found");
  }

  @Test
  void aKeychainThatDoesNotAnswerIsSaidToBeLockedPerhaps() {
    SecretStores.Choice choice =
        SecretStores.choose(
            () -> {
              throw new SecretStoreException(
                  "the keychain did not answer within 5000 ms (locked?)", null);
            });

    assertThat(choice.status()).startsWith("The keychain did not answer: it may be locked");
    assertThat(choice.details()).contains("5000 ms");
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
    assertThat(choice.details()).contains("round trip");
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
