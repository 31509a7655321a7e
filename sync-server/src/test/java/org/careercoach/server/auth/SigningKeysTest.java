package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.careercoach.server.config.CoachProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no JWT_SECRET the server keeps a generated one in the data folder, for its owner only. */
class SigningKeysTest {

  @TempDir Path data;

  @Test
  void theGeneratedSecretIsCreatedOwnerOnlyAndKeptAcrossStarts() throws Exception {
    CoachProperties coach = new CoachProperties(data.resolve("new-folder").toString(), null);

    SigningKeys first = new SigningKeys(noSecret(), coach);
    Path file = coach.dataDirectory().resolve("jwt-secret");

    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(coach.dataDirectory()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(new SigningKeys(noSecret(), coach).accessTokenKey().getEncoded())
        .isEqualTo(first.accessTokenKey().getEncoded());
  }

  private static AuthProperties noSecret() {
    return new AuthProperties(
        "career-coach",
        null,
        Duration.ofMinutes(15),
        Duration.ofDays(30),
        Duration.ofDays(90),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        Duration.ofHours(48),
        Duration.ofHours(1),
        Duration.ofDays(365));
  }
}
