package org.careercoach.desktop.ui.drafts;

import java.util.function.Consumer;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.store.Profiles;
import org.careercoach.desktop.service.store.Profiles.ProfileState;
import org.careercoach.desktop.ui.common.DialogService;

/**
 * At an account's first sign-in on this device, when the local profile holds drafts, offers once to
 * move them into the account. Asked once whatever the answer (the store remembers), so it never
 * nags; drafts left behind show again after signing out.
 */
public final class MoveDraftsOffer {

  private final TaskExecutor executor;
  private final Profiles profiles;
  private final DialogService dialogs;
  private final Runnable moved;
  private final Consumer<Throwable> failed;

  /**
   * @param moved runs on the UI thread after drafts moved (the list reloads)
   * @param failed shows why the store could not answer or move them (the list's problem line)
   */
  public MoveDraftsOffer(
      TaskExecutor executor,
      Profiles profiles,
      DialogService dialogs,
      Runnable moved,
      Consumer<Throwable> failed) {
    this.executor = executor;
    this.profiles = profiles;
    this.dialogs = dialogs;
    this.moved = moved;
    this.failed = failed;
    profiles.state().subscribe(state -> executor.deliver(() -> consider(state)));
  }

  private void consider(ProfileState state) {
    if (state.profile().local() || !state.open()) {
      return;
    }
    executor.submit(
        () -> profiles.moveOffered() ? 0 : profiles.draftsToMoveFromLocalProfile(),
        count -> {
          if (count > 0 && profiles.state().get().equals(state)) {
            offer(count);
          }
        },
        failed);
  }

  private void offer(int count) {
    boolean move =
        dialogs.offer(
            "Move your drafts into your account?",
            count == 1
                ? "One draft was written on this computer before you signed in. Move it into your"
                    + " account? If you keep it here, you find it again when you sign out."
                : count
                    + " drafts were written on this computer before you signed in. Move them into"
                    + " your account? If you keep them here, you find them again when you sign out.",
            count == 1 ? "Move it" : "Move them",
            count == 1 ? "Keep it here" : "Keep them here");
    executor.submit(
        () -> {
          int done = move ? profiles.moveDraftsFromLocalProfile() : 0;
          profiles.markMoveOffered();
          return done;
        },
        done -> {
          if (done > 0) {
            moved.run();
          }
        },
        failed);
  }
}
