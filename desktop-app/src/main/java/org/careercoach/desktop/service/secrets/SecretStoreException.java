package org.careercoach.desktop.service.secrets;

/** The keychain could not be used; the message says why in words. */
public final class SecretStoreException extends Exception {

  public SecretStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
