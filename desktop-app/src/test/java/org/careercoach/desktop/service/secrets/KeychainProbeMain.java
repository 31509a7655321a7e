package org.careercoach.desktop.service.secrets;

/**
 * Runs the app's keychain probe in a process of its own and prints what it chose, so a test can
 * give it an environment with no keychain at all. Exits itself: a failed D-Bus connection can leave
 * a non-daemon thread behind.
 */
public final class KeychainProbeMain {

  private KeychainProbeMain() {}

  public static void main(String[] args) {
    try (KeychainSecretStore.Opener opener = new KeychainSecretStore.Opener()) {
      SecretStores.Choice choice = SecretStores.choose(opener::open);
      System.out.println("persistent=" + choice.persistent());
      System.out.println("status=" + choice.status());
      System.out.println("details=" + choice.details());
    }
    System.exit(0);
  }
}
