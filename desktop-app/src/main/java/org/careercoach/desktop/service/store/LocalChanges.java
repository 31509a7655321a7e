package org.careercoach.desktop.service.store;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells the sync engine that the person changed something here, after the change committed, so it
 * can push a moment later. A listener that fails is logged; the change stays stored.
 */
final class LocalChanges {

  private static final System.Logger log = System.getLogger(LocalChanges.class.getName());

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  Runnable subscribe(Runnable listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void changed() {
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        log.log(Level.WARNING, "A listener of local changes failed", e);
      }
    }
  }
}
