package org.careercoach.desktop.service.store;

import java.time.Duration;

/**
 * How a store file is opened.
 *
 * @param busyTimeout how long a write waits for another program holding the file before it gives up
 *     with {@link StoreException.Kind#LOCKED}
 * @param readOnly opens the file for reading only (as a read-only folder would)
 * @param syncEachCommit {@code synchronous = FULL} (the app, ADR 0016); tests of the logic alone
 *     may use NORMAL, which is as safe against a killed process and spares the disk
 */
record StoreOptions(Duration busyTimeout, boolean readOnly, boolean syncEachCommit) {

  static final StoreOptions DEFAULT = new StoreOptions(Duration.ofSeconds(3), false, true);

  StoreOptions(Duration busyTimeout, boolean readOnly) {
    this(busyTimeout, readOnly, true);
  }

  StoreOptions withoutSyncEachCommit() {
    return new StoreOptions(busyTimeout, readOnly, false);
  }
}
