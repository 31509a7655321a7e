package org.careercoach.desktop.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.desktop.ui.shell.ShellViewModel;

/**
 * For the cold-start benchmark ({@code bench/desktop-start.sh}): with {@code
 * COACH_STARTUP_REPORT=print} (or {@code exit}) the app prints, once the first real screen (Sign in
 * at once when nothing is kept, or Home after the keychain for a kept sign-in) has been laid out,
 * how long the process has run and its resident memory; with {@code exit} it then quits.
 */
final class StartupReport {

  private static long toolkitReadyMillis = -1;

  private StartupReport() {}

  /** When JavaFX handed over the first stage: the rest is ours (wiring, CSS, first layout). */
  static void toolkitReady() {
    toolkitReadyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
  }

  static void whenFirstShown(Scene scene, ShellViewModel shell, TaskExecutor executor) {
    String mode = System.getenv().getOrDefault("COACH_STARTUP_REPORT", "");
    if (mode.isEmpty()) {
      return;
    }
    if (shell.screenProperty().get() != Screen.STARTING) {
      afterNextLayout(scene, shell.screenProperty().get(), mode, executor);
      return;
    }
    shell
        .screenProperty()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(
                  ObservableValue<? extends Screen> obs, Screen old, Screen screen) {
                shell.screenProperty().removeListener(this);
                afterNextLayout(scene, screen, mode, executor);
              }
            });
  }

  private static void afterNextLayout(
      Scene scene, Screen screen, String mode, TaskExecutor executor) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          print(screen);
          if (mode.equals("exit")) {
            executor.deliver(Platform::exit);
          }
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  private static void print(Screen screen) {
    Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    long millis = Duration.between(started, Instant.now()).toMillis();
    System.out.println(
        "startup screen="
            + screen
            + " jvm-ms="
            + millis
            + " fx-start-ms="
            + toolkitReadyMillis
            + " epoch-ms="
            + System.currentTimeMillis()
            + " rss-kb="
            + residentKilobytes());
  }

  /** Linux's count of the process's resident memory; -1 elsewhere. */
  private static long residentKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
