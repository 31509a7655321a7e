package org.careercoach.desktop.service.store;

import java.time.Duration;

/**
 * How a store file is opened.
 *
 * @param busyTimeout how long a write waits for another program holding the file before it gives up
 *     with {@link StoreException.Kind#LOCKED}
 * @param readOnly opens the file for reading only (as a read-only folder would)
 */
record StoreOptions(Duration busyTimeout, boolean readOnly) {

  static final StoreOptions DEFAULT = new StoreOptions(Duration.ofSeconds(3), false);
}
