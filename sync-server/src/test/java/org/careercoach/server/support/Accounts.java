package org.careercoach.server.support;

import java.util.UUID;

/** Fresh, unique accounts, so tests sharing one server never meet each other's data. */
public final class Accounts {

  public static final String PASSWORD = "a long and unusual passphrase 7";

  private Accounts() {}

  public static String email(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }
}
