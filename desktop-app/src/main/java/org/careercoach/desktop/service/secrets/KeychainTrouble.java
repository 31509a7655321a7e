package org.careercoach.desktop.service.secrets;

import java.util.Locale;

/**
 * Why a keychain could not be used, in words a user understands. The technical reason (an
 * exception's class and message) is kept apart, for a "details" toggle and for support.
 */
record KeychainTrouble(String words, String details) {

  static KeychainTrouble of(Throwable failure) {
    String details = chain(failure);
    String lower = details.toLowerCase(Locale.ROOT);
    return new KeychainTrouble(wordsFor(lower), details);
  }

  static KeychainTrouble forgetful() {
    return new KeychainTrouble(
        "The keychain did not give back what was written to it.",
        "the keychain round trip read back a different value");
  }

  private static String wordsFor(String reason) {
    if (reason.contains("backendnotsupported")
        || reason.contains("no available keyring backend")
        || reason.contains("dbus")
        || reason.contains("d-bus")
        || reason.contains("secret service")) {
      return "No keychain service (such as GNOME Keyring or KWallet) is running on this computer.";
    }
    if (reason.contains("did not answer") || reason.contains("has not answered")) {
      return "The keychain did not answer: it may be locked and waiting for its password.";
    }
    if (reason.contains("nullpointerexception") || reason.contains("locked")) {
      return "The keychain is locked.";
    }
    return "The keychain could not be used.";
  }

  /** Every message down the cause chain: the first rarely names the real reason on its own. */
  private static String chain(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null && text.length() < 2_000; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" ← ");
      }
      text.append(t.getClass().getName());
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        text.append(": ").append(t.getMessage());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return text.toString();
  }
}
