package org.careercoach.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux packages' launcher and class-archive scripts, run by bash and sh on an app image whose
 * Java is a stand-in that records how it was called (the real thing is installer/smoke.sh's).
 */
@EnabledOnOs(OS.LINUX)
class LinuxScriptsTest {

  private static final Path SCRIPTS = Path.of("src/main/jpackage/linux");

  @TempDir Path dir;
  private Path image;
  private Path calls;

  @BeforeEach
  void appImage() throws IOException {
    image = dir.resolve("career coach & co");
    calls = dir.resolve("calls.txt");
    Path app = Files.createDirectories(image.resolve("lib/app"));
    Files.createDirectories(image.resolve("bin"));
    Files.createDirectories(image.resolve("lib/runtime/bin"));
    executable(SCRIPTS.resolve("launcher.sh"), image.resolve("bin/career-coach"));
    executable(SCRIPTS.resolve("class-archive.sh"), image.resolve("lib/class-archive.sh"));
    Files.writeString(
        app.resolve("career-coach.cfg"),
        """
        [Application]
        app.classpath=$APPDIR/desktop-app.jar
        app.classpath=$APPDIR/more.jar
        app.mainclass=org.careercoach.desktop.app.Launcher

        [JavaOptions]
        java-options=-Djpackage.app-version=0.1.0
        java-options=-XX:+UseSerialGC
        java-options=-Dwith.space=a b
        java-options=-XX:SharedArchiveFile=$APPDIR/career-coach.jsa
        """);
    Files.writeString(app.resolve("career-coach.classlist"), "java/lang/Object id: 0\n");
  }

  @Test
  void theLauncherStartsTheRuntimeWithTheConfiguredClassPathOptionsAndArguments() throws Exception {
    fakeJava("exit 0");
    Path link =
        Files.createSymbolicLink(dir.resolve("career-coach"), image.resolve("bin/career-coach"));

    Result result = run(Map.of(), link.toString(), "--smoke", "a file.png");

    assertThat(result.exit()).isZero();
    String appDir = image.resolve("lib/app").toRealPath().toString();
    assertThat(lines(calls))
        .containsExactly(
            "-Djpackage.app-version=0.1.0",
            "-XX:+UseSerialGC",
            "-Dwith.space=a b",
            "-XX:SharedArchiveFile=" + appDir + "/career-coach.jsa",
            "-Djava.class.path=" + appDir + "/desktop-app.jar:" + appDir + "/more.jar",
            "org.careercoach.desktop.app.Launcher",
            "--smoke",
            "a file.png");
  }

  @Test
  void makingTheArchiveDumpsTheListedClassesThroughTheLauncher() throws Exception {
    fakeJava(
        """
        case "$JAVA_TOOL_OPTIONS" in *-Xshare:dump*) ;; *) exit 3 ;; esac
        for arg; do case "$arg" in -XX:SharedArchiveFile=*) printf x > "${arg#*=}" ;; esac; done
        """);

    Result result = run(Map.of(), image.resolve("lib/class-archive.sh").toString(), "make");

    assertThat(result.exit()).isZero();
    assertThat(result.output()).isEmpty();
    assertThat(image.resolve("lib/app/career-coach.jsa")).exists();
    assertThat(Files.readString(dir.resolve("tool-options.txt")))
        .contains("-Xshare:dump")
        .contains(
            "-XX:SharedClassListFile="
                + image.toRealPath().resolve("lib/app/career-coach.classlist"));

    assertThat(run(Map.of(), image.resolve("lib/class-archive.sh").toString(), "remove").exit())
        .isZero();
    assertThat(image.resolve("lib/app/career-coach.jsa")).doesNotExist();
  }

  @Test
  void aFailedDumpLeavesNoArchiveSaysWhyAndNeverFailsTheInstall() throws Exception {
    Files.writeString(image.resolve("lib/app/career-coach.jsa"), "stale, of the last version");
    fakeJava("echo 'Error occurred during initialization of VM: out of disk' >&2; exit 1");

    Result result = run(Map.of(), image.resolve("lib/class-archive.sh").toString(), "make");

    assertThat(result.exit()).isZero();
    assertThat(result.output())
        .contains("no class-data archive was made, so the app will start slower")
        .contains("out of disk");
    assertThat(image.resolve("lib/app/career-coach.jsa")).doesNotExist();
  }

  @Test
  void aDumpThatWritesNothingIsAFailureToo() throws Exception {
    fakeJava("exit 0");

    Result result = run(Map.of(), image.resolve("lib/class-archive.sh").toString(), "make");

    assertThat(result.exit()).isZero();
    assertThat(result.output()).contains("no class-data archive was made");
    assertThat(image.resolve("lib/app/career-coach.jsa")).doesNotExist();
  }

  @Test
  void anUnknownActionIsAUsageError() throws Exception {
    Result result = run(Map.of(), image.resolve("lib/class-archive.sh").toString(), "purge");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.output()).contains("usage:").contains("make|remove");
  }

  /**
   * A stand-in for the runtime's java: records its arguments, one a line, then does {@code body}.
   */
  private void fakeJava(String body) throws IOException {
    Path java = image.resolve("lib/runtime/bin/java");
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "printf '%s\\n' \"$@\" > '"
            + calls
            + "'\n"
            + "printf '%s' \"${JAVA_TOOL_OPTIONS:-}\" > '"
            + dir.resolve("tool-options.txt")
            + "'\n"
            + body
            + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void executable(Path from, Path to) throws IOException {
    Files.copy(from, to);
    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private record Result(int exit, String output) {}

  private Result run(Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }

  private static List<String> lines(Path file) throws IOException {
    return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
  }
}
