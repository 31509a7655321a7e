package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.careercoach.desktop.service.session.SessionState;

/**
 * Which profile a session's drafts are in. An account's profile is keyed by its id, which a start
 * without the network does not learn from the server; so the last account signed in on each server
 * is noted in {@code profiles/accounts.properties} (ids only, never emails) and used then.
 */
final class SessionProfiles {

  private static final System.Logger log = System.getLogger(SessionProfiles.class.getName());

  private final Path accountsFile;

  SessionProfiles(Path dataDir) {
    this.accountsFile = dataDir.resolve("profiles").resolve("accounts.properties");
  }

  /** The session's profile; empty while starting, or signed in to an account not yet known here. */
  Optional<ProfileKey> of(SessionState session) {
    return switch (session.phase()) {
      case STARTING -> Optional.empty();
      case SIGNED_OUT -> Optional.of(ProfileKey.LOCAL);
      case SIGNED_IN -> {
        String server = session.server().toString();
        if (session.user() != null) {
          yield Optional.of(ProfileKey.account(server, session.user().id()));
        }
        // Resumed offline: the account's details have not loaded, but its drafts are needed now.
        yield remembered(server).map(id -> ProfileKey.account(server, id));
      }
    };
  }

  /** Notes which account was last signed in on a server (ids only), for an offline start. */
  void remember(String server, UUID user) {
    Properties known = knownAccounts();
    if (user.toString().equals(known.getProperty(server))) {
      return;
    }
    known.setProperty(server, user.toString());
    try {
      Files.createDirectories(accountsFile.getParent());
      Path part = accountsFile.resolveSibling("accounts.properties.part");
      try (OutputStream out = Files.newOutputStream(part)) {
        known.store(out, "The last account signed in on each server: ids only, never emails");
      }
      Files.move(
          part, accountsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Only an offline start needs it; that start then waits for the account's details.
      log.log(Level.WARNING, "Could not note the account of " + server, e);
    }
  }

  private Optional<UUID> remembered(String server) {
    String id = knownAccounts().getProperty(server);
    try {
      return Optional.ofNullable(id).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      log.log(Level.WARNING, "Ignoring a malformed account id for " + server, e);
      return Optional.empty();
    }
  }

  private Properties knownAccounts() {
    Properties known = new Properties();
    if (Files.exists(accountsFile)) {
      try (InputStream in = Files.newInputStream(accountsFile)) {
        known.load(in);
      } catch (IOException e) {
        log.log(Level.WARNING, "Could not read " + accountsFile, e);
      }
    }
    return known;
  }
}
