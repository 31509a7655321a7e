package org.careercoach.installer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The first half of the installed app's class-data (AppCDS) archive, done at packaging time: the
 * app image's own launcher opens the main window once under X ({@code --smoke}) with {@code
 * -XX:DumpLoadedClassList}, and the list of the classes a start loads goes into the image beside
 * the jar. The second half, dumping the archive from that list, happens where the app is installed
 * ({@code lib/class-archive.sh make}, run by the package's post-install script): Java 17 takes an
 * archive only at the class path it was made for, and the installed path exists only there. See ADR
 * 0026.
 */
final class ClassListTraining {

  /** Beside the jar in the image: the list the archive is dumped from. */
  static final String CLASS_LIST = Packager.NAME + ".classlist";

  /** Beside the jar once installed; the launcher's {@code -XX:SharedArchiveFile} names it. */
  static final String ARCHIVE = Packager.NAME + ".jsa";

  /** Makes and removes the archive where the app is installed (shellcheck'd by deploy/check.sh). */
  static final String ARCHIVE_SCRIPT = "class-archive.sh";

  private static final long TIMEOUT_SECONDS = 180;

  private ClassListTraining() {}

  /**
   * Runs the image's launcher once and leaves {@link #CLASS_LIST} in its {@code lib/app}, and
   * {@link #ARCHIVE_SCRIPT} in its {@code lib}.
   *
   * @throws IllegalStateException when there is no X display to train on, or the run fails or lists
   *     none of the app's own classes; a package without the list would start slower without anyone
   *     noticing
   */
  static void record(Path appImage, Path resources) throws IOException, InterruptedException {
    Path appDir = appImage.resolve("lib").resolve("app");
    Path classList = appDir.resolve(CLASS_LIST);
    Path work = Files.createTempDirectory("career-coach-training");
    try {
      List<String> command =
          command(
              appImage.resolve("bin").resolve(Packager.NAME),
              work.resolve("first-screen.png"),
              System.getenv("DISPLAY"),
              Packager::onPath);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      environment(builder.environment(), work, classList);
      Path log = work.resolve("training.log");
      builder.redirectOutput(log.toFile());
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        // xvfb-run's children first: the app and the X server would outlive it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException(
            "the training run did not finish in " + TIMEOUT_SECONDS + " s:\n" + tail(log));
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            "the training run failed (" + process.exitValue() + "):\n" + tail(log));
      }
      check(classList);
    } finally {
      Packager.delete(work);
    }
    Path script = appImage.resolve("lib").resolve(ARCHIVE_SCRIPT);
    Files.copy(resources.resolve("linux").resolve(ARCHIVE_SCRIPT), script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /**
   * The training run's command: the launcher on the display there is, else inside {@code xvfb-run};
   * neither is a build error, because a package must not ship without its list.
   */
  static List<String> command(
      Path launcher, Path screenshot, String display, Predicate<String> onPath) {
    List<String> command = new ArrayList<>();
    if (display == null || display.isBlank()) {
      if (!onPath.test("xvfb-run")) {
        throw new IllegalStateException(
            "the class-data archive's training run needs an X display: set DISPLAY, or install"
                + " Xvfb (Debian: apt-get install xvfb xauth)");
      }
      command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
    }
    command.addAll(List.of(launcher.toString(), "--smoke", screenshot.toString()));
    return command;
  }

  /**
   * A user of its own (nothing of the builder's is read or written), no server (the run is the same
   * on every build machine), and the JVM told to write the list.
   */
  static void environment(Map<String, String> env, Path home, Path classList) {
    env.remove("XDG_DATA_HOME");
    env.put("HOME", home.toString());
    env.put("COACH_DATA_DIR", home.resolve("data").toString());
    env.put("COACH_SERVER_URL", "http://127.0.0.1:9");
    env.put(
        "JAVA_TOOL_OPTIONS",
        "-Duser.home=" + home + " -XX:DumpLoadedClassList=" + classList.toAbsolutePath());
  }

  /** A list with none of the app's classes means the app never started: no archive from that. */
  static void check(Path classList) throws IOException {
    long ours;
    try (Stream<String> lines =
        Files.exists(classList)
            ? Files.lines(classList, StandardCharsets.UTF_8)
            : Stream.<String>empty()) {
      ours = lines.filter(line -> line.startsWith("org/careercoach/desktop/")).count();
    }
    if (ours == 0) {
      throw new IllegalStateException(
          "the training run listed none of the app's classes in " + classList);
    }
    System.out.println("[installer] class list: " + classList + " (" + ours + " of the app's)");
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
