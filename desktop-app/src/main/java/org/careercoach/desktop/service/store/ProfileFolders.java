package org.careercoach.desktop.service.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where each profile's file lives under the data folder: {@code profiles/local} for the local
 * profile, {@code profiles/account-<hash>} for an account, the hash of the server and the user's id
 * (never the email, which can change and which a folder name would show to anyone).
 */
final class ProfileFolders {

  static final String DATABASE = "drafts.db";

  private ProfileFolders() {}

  static Path folder(Path dataDir, ProfileKey key) {
    Path profiles = dataDir.resolve("profiles");
    if (key.local()) {
      return profiles.resolve("local");
    }
    return profiles.resolve("account-" + hash(key.server() + "\n" + key.userId()));
  }

  static Path database(Path dataDir, ProfileKey key) {
    return folder(dataDir, key).resolve(DATABASE);
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
