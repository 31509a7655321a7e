package org.careercoach.desktop.service.settings;

import java.io.IOException;
import java.util.function.UnaryOperator;

/** The settings of this run, changed in one place and saved at each change. */
public final class SettingsService {

  private final SettingsStore store;
  private volatile Settings current; // read without the lock: the UI never waits for a save

  /** Reads the saved settings: disk, so not on the UI thread. */
  public SettingsService(SettingsStore store) {
    this.store = store;
    this.current = store.load();
  }

  public Settings current() {
    return current;
  }

  /** Changes and saves, if anything changed; blocks on disk. */
  public synchronized Settings update(UnaryOperator<Settings> change) throws IOException {
    Settings changed = change.apply(current);
    if (changed.equals(current)) {
      return current; // nothing to write: the start-up bookkeeping mostly changes nothing
    }
    store.save(changed);
    current = changed;
    return changed;
  }
}
