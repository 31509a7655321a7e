package org.careercoach.desktop.service.secrets;

import java.util.Optional;

/**
 * Where the app keeps a secret (the refresh token) between runs. Implementations never write a
 * secret to disk in plain text.
 */
public interface SecretStore {

  Optional<String> read(String name) throws SecretStoreException;

  void write(String name, String secret) throws SecretStoreException;

  /** Removes the secret; removing one that is not there is fine. */
  void delete(String name) throws SecretStoreException;

  /** True when what is written survives the app's closing. */
  boolean persistent();
}
