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
import javafx.scene.image.WritableImage;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.desktop.ui.shell.ShellViewModel;

/**
 * For the cold-start benchmark ({@code bench/desktop-start.sh}): with {@code
 * COACH_STARTUP_REPORT=print} (or {@code exit}) the app prints, once the first real screen (Sign in
 * at once when nothing is kept, or Home after the keychain for a kept sign-in) has been laid out,
 * how long the process has run and its resident memory; with {@code exit} it then quits. The
 * installed app's smoke test ({@code career-coach --smoke FILE}) is {@code exit} that first writes
 * the window as a PNG to FILE.
 */
final class StartupReport {

  private static long toolkitReadyMillis = -1;

  private StartupReport() {}

  /** When JavaFX handed over the first stage: the rest is ours (wiring, CSS, first layout). */
  static void toolkitReady() {
    toolkitReadyMillis = ManagementFactory.getRuntimeMXBean().getUptime();
  }

  static void whenFirstShown(
      Scene scene, ShellViewModel shell, TaskExecutor executor, Path smokeShot) {
    String mode =
        smokeShot != null ? "exit" : System.getenv().getOrDefault("COACH_STARTUP_REPORT", "");
    if (mode.isEmpty()) {
      return;
    }
    if (shell.screenProperty().get() != Screen.STARTING) {
      afterNextLayout(scene, shell.screenProperty().get(), mode, executor, smokeShot);
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
                afterNextLayout(scene, screen, mode, executor, smokeShot);
              }
            });
  }

  private static void afterNextLayout(
      Scene scene, Screen screen, String mode, TaskExecutor executor, Path smokeShot) {
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          print(screen);
          if (smokeShot != null) {
            writePng(scene.snapshot(null), smokeShot);
          }
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

  /** The window as a PNG; a failure is printed and ends the smoke test with a non-zero exit. */
  private static void writePng(WritableImage shot, Path file) {
    try {
      WindowImages.writePng(shot, file);
      System.out.println("smoke screenshot=" + file.toAbsolutePath());
    } catch (IOException e) {
      System.err.println("The smoke screenshot could not be written: " + e.getMessage());
      Runtime.getRuntime().halt(3);
    }
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
