package org.careercoach.desktop.service.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;

/**
 * The child JVM of {@link CrashTest}: opens the store in the file named by its argument and types
 * into its one draft, saving after every "keystroke" and printing {@code saved N} only once the
 * save of edit N has returned. It runs until it is killed.
 */
public final class TypingChild {

  private TypingChild() {}

  public static void main(String[] args) {
    SqliteDraftStore store = SqliteDraftStore.open(Path.of(args[0]), Clock.systemUTC());
    UUID id;
    long edit;
    if (store.list(DraftSort.TITLE).isEmpty()) {
      id = store.create("Typing", Resumes.sample("Ada", "edit 0")).id();
      edit = 0;
    } else {
      id = store.list(DraftSort.TITLE).get(0).id();
      edit = CrashTest.editIn(store.find(id).orElseThrow());
    }
    System.out.println("ready " + edit);
    System.out.flush();
    while (true) {
      edit++;
      store.save(id, "Typing", Resumes.sample("Ada", "edit " + edit));
      System.out.println("saved " + edit);
      System.out.flush();
    }
  }
}
