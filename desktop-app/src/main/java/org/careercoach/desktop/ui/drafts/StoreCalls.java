package org.careercoach.desktop.ui.drafts;

import java.lang.System.Logger.Level;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.StoreException;

/**
 * A screen's calls to the store of the profile in use: off the UI thread, the outcome back on it,
 * and a failure shown in words (the store's own, which say what to do) instead of thrown away.
 */
final class StoreCalls {

  private static final System.Logger log = System.getLogger(StoreCalls.class.getName());

  private final TaskExecutor executor;
  private final Profiles profiles;
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

  StoreCalls(TaskExecutor executor, Profiles profiles) {
    this.executor = executor;
    this.profiles = profiles;
  }

  /** Runs {@code work} on the store in the background, then {@code done} on the UI thread. */
  <T> void run(Function<DraftStore, T> work, Consumer<? super T> done) {
    executor.submit(
        () -> work.apply(profiles.drafts()),
        result -> {
          problem.set("");
          done.accept(result);
        },
        this::failed);
  }

  void failed(Throwable failure) {
    if (failure instanceof StoreException refused) {
      problem.set(refused.getMessage());
    } else {
      log.log(Level.ERROR, "A drafts action failed", failure);
      problem.set("Something went wrong: " + failure + ". Nothing was changed.");
    }
  }

  void clearProblem() {
    problem.set("");
  }

  /** Why the last call failed, in words; empty after one that worked. */
  ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  Profiles profiles() {
    return profiles;
  }

  TaskExecutor executor() {
    return executor;
  }
}
