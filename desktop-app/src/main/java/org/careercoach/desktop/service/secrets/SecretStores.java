package org.careercoach.desktop.service.secrets;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Chooses where secrets go: the OS keychain when a write/read round trip through it works, else
 * memory only. A keychain that is missing, locked, slow or wrong never stops the app.
 */
public final class SecretStores {

  static final String PROBE_NAME = "keychain-probe";

  private SecretStores() {}

  /**
   * The store chosen, a sentence for Settings about what that means for the user, and the technical
   * reason when the keychain could not be used (empty when it works).
   */
  public record Choice(SecretStore store, String status, String details) {
    public boolean persistent() {
      return store.persistent();
    }
  }

  /**
   * Opens the keychain with {@code openKeychain} and proves it with a round trip of a random value;
   * falls back to memory on any failure. Slow: call it off the UI thread.
   */
  public static Choice choose(Callable<SecretStore> openKeychain) {
    KeychainTrouble trouble;
    try {
      SecretStore keychain = openKeychain.call();
      String probe = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
      keychain.write(PROBE_NAME, probe);
      Optional<String> back = keychain.read(PROBE_NAME);
      keychain.delete(PROBE_NAME);
      if (back.isPresent() && back.get().equals(probe)) {
        return new Choice(
            keychain,
            "Your sign-in is kept in this computer's keychain, so you stay signed in.",
            "");
      }
      trouble = KeychainTrouble.forgetful();
    } catch (Exception e) {
      // Any failure at all means memory only; what it was is shown behind "Details".
      trouble = KeychainTrouble.of(e);
    }
    return new Choice(
        new MemorySecretStore(),
        trouble.words() + " Your sign-in is kept in memory only: you will sign in again next time.",
        trouble.details());
  }
}
