package org.careercoach.server.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.careercoach.server.config.CoachProperties;
import org.careercoach.server.config.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The server's secrets, derived from one master secret: {@code JWT_SECRET}, or with none a random
 * one generated once and kept (owner-only) in the data folder so restarts keep sessions.
 */
@Component
class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
  static final int MIN_BYTES = 32;

  private final SecretKey accessTokenKey;
  private final SecretKey refreshSuccessorKey;

  SigningKeys(AuthProperties auth, CoachProperties coach) {
    byte[] master = master(auth.jwtSecret(), coach.dataDirectory().resolve("jwt-secret"));
    this.accessTokenKey = new SecretKeySpec(master, "HmacSHA256");
    this.refreshSuccessorKey =
        new SecretKeySpec(hmac(accessTokenKey, "career-coach refresh successor v1"), "HmacSHA256");
  }

  /** Signs access tokens (HS256). */
  SecretKey accessTokenKey() {
    return accessTokenKey;
  }

  /** Derives a refresh token's successor from it (ADR 0005). */
  byte[] successorOf(String refreshToken) {
    return hmac(refreshSuccessorKey, refreshToken);
  }

  private static byte[] master(String configured, Path file) {
    if (configured != null && !configured.isBlank()) {
      byte[] bytes = configured.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_BYTES) {
        throw new IllegalStateException(
            "JWT_SECRET must be at least " + MIN_BYTES + " bytes: use `openssl rand -base64 48`");
      }
      return bytes;
    }
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      byte[] stored = Base64.getDecoder().decode(Files.readString(file).strip());
      if (stored.length < MIN_BYTES) {
        throw new IllegalStateException(file + " holds a secret shorter than 32 bytes; delete it");
      }
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the JWT secret at " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    try {
      // Created owner-only (0600): never readable by others, not even for a moment.
      OwnerOnlyFiles.create(
          file, Base64.getEncoder().encodeToString(secret).getBytes(StandardCharsets.US_ASCII));
    } catch (FileAlreadyExistsException raced) {
      return;
    }
    log.info("No JWT_SECRET set: generated one in {} (set JWT_SECRET in production)", file);
  }

  private static byte[] hmac(SecretKey key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
