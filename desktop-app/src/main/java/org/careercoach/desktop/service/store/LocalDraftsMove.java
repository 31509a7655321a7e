package org.careercoach.desktop.service.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves the local profile's drafts (with their history and sent copies) and the rest of its
 * application log into an account's profile. One item at a time: stored in the account first,
 * removed from the local profile after, so an interruption leaves each in one place or both, never
 * in none; a move begun again skips what already arrived.
 */
final class LocalDraftsMove {

  private final Path localFile;
  private final Clock clock;

  LocalDraftsMove(Path dataDir, Clock clock) {
    this.localFile = ProfileFolders.database(dataDir, ProfileKey.LOCAL);
    this.clock = clock;
  }

  /** How many drafts the local profile holds (0 when it has no file). */
  int waiting() {
    if (!Files.exists(localFile)) {
      return 0;
    }
    try (SqliteDraftStore local = SqliteDraftStore.open(localFile, clock)) {
      return local.allDraftIds().size();
    }
  }

  /** Moves everything into {@code account}; returns how many drafts moved. */
  int into(SqliteDraftStore account) {
    if (!Files.exists(localFile)) {
      return 0;
    }
    int moved = 0;
    try (SqliteDraftStore local = SqliteDraftStore.open(localFile, clock)) {
      for (UUID id : local.allDraftIds()) {
        Optional<Carried> carried = local.carry(id);
        if (carried.isEmpty()) {
          continue;
        }
        account.receive(carried.get());
        local.forgetMoved(id);
        moved++;
      }
      // The application log's lines whose draft was deleted move too, one at a time likewise.
      for (Carried.Orphan orphan : local.orphanSentCopies()) {
        account.receiveSent(orphan);
        local.forgetSent(orphan.id());
      }
    }
    return moved;
  }
}
