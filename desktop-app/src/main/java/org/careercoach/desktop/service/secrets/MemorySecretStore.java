package org.careercoach.desktop.service.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets for this run only: what the app falls back to when no keychain can be reached. */
public final class MemorySecretStore implements SecretStore {

  private final Map<String, String> secrets = new ConcurrentHashMap<>();

  @Override
  public Optional<String> read(String name) {
    return Optional.ofNullable(secrets.get(name));
  }

  @Override
  public void write(String name, String secret) {
    secrets.put(name, secret);
  }

  @Override
  public void delete(String name) {
    secrets.remove(name);
  }

  @Override
  public boolean persistent() {
    return false;
  }
}
