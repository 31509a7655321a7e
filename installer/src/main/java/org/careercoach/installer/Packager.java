package org.careercoach.installer;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the desktop app's installers with the JDK's own tools: jdeps finds the modules the app
 * needs, jlink makes a runtime of only those, and jpackage makes the app image and this system's
 * packages ({@code .deb}, and {@code .rpm} where rpmbuild is installed, on Linux; {@code .msi} on
 * Windows; {@code .dmg} on macOS: jpackage cannot cross-build). On Linux a training run records the
 * classes a start loads, for the class-data archive the packages make once installed ({@link
 * ClassListTraining}). Run by the installer module's {@code installer} profile:
 *
 * <pre>./mvnw -Pinstaller -DskipTests package</pre>
 *
 * Arguments: the desktop jar, the output folder, the version, the resources folder.
 */
public final class Packager {

  static final String NAME = "career-coach";
  static final String MAIN_CLASS = "org.careercoach.desktop.app.Launcher";

  /**
   * What jdeps cannot see: TLS's elliptic curves (loaded by name) and the zip file system (the
   * embedding model's tokenizer reads from the jar).
   */
  static final List<String> ALWAYS = List.of("jdk.crypto.ec", "jdk.zipfs");

  /**
   * The launcher's JVM options: those of desktop-app/career-coach (ADR 0009), and the class-data
   * archive the package makes beside the jar once installed. Without that file (an app image run
   * where it was built, Windows, macOS) or with a stale one, the JVM starts without it, silently.
   * No {@code -Xshare} here: the archive is dumped through this launcher with {@code
   * JAVA_TOOL_OPTIONS=-Xshare:dump}, which a later option would override.
   */
  static final List<String> JAVA_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:SharedArchiveFile=$APPDIR/" + ClassListTraining.ARCHIVE);

  private Packager() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String version = version(args[2]);
    Path resources = Path.of(args[3]);
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    delete(out);
    Path input = Files.createDirectories(out.resolve("input"));
    Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);

    List<String> modules = modules(input.resolve(jar.getFileName()));
    System.out.println("[installer] runtime modules: " + String.join(",", modules));
    Path runtime = out.resolve("runtime");
    run(
        "jlink",
        "--add-modules",
        String.join(",", modules),
        "--strip-debug",
        "--no-header-files",
        "--no-man-pages",
        "--compress=2",
        "--output",
        runtime.toString());

    List<String> image = new ArrayList<>();
    image.addAll(common(version, out.resolve("image"), resources, os));
    image.addAll(
        List.of(
            "--type",
            "app-image",
            "--input",
            input.toString(),
            "--main-jar",
            jar.getFileName().toString(),
            "--main-class",
            MAIN_CLASS,
            "--runtime-image",
            runtime.toString()));
    for (String option : JAVA_OPTIONS) {
      image.add("--java-options");
      image.add(option);
    }
    run("jpackage", image.toArray(String[]::new));
    Path appImage = out.resolve("image").resolve(os.contains("mac") ? "Career Coach.app" : NAME);
    System.out.println("[installer] app image: " + appImage);
    if (os.contains("linux")) {
      replaceLauncher(appImage, resources);
      ClassListTraining.record(appImage, resources);
    }

    for (List<String> installer : installers(version, out, resources, os, appImage)) {
      run("jpackage", installer.toArray(String[]::new));
    }
    try (Stream<Path> made = Files.list(out)) {
      made.filter(Files::isRegularFile)
          .forEach(file -> System.out.println("[installer] package: " + file));
    }
  }

  /**
   * On Linux our launcher script takes the place of jpackage's: that one asks rpm and dpkg which
   * package owns it on every start, about half a second on a Debian desktop before Java starts.
   * Ours reads the same {@code lib/app/career-coach.cfg} that jpackage wrote.
   */
  static void replaceLauncher(Path appImage, Path resources) throws IOException {
    Path launcher = appImage.resolve("bin").resolve(NAME);
    Files.copy(
        resources.resolve("linux").resolve("launcher.sh"),
        launcher,
        StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.delete(appImage.resolve("lib").resolve("libapplauncher.so"));
  }

  /** The jpackage runs that make this system's packages from the app image. */
  private static List<List<String>> installers(
      String version, Path out, Path resources, String os, Path appImage) {
    List<List<String>> installers = new ArrayList<>();
    if (os.contains("linux")) {
      List<String> deb = linux(version, out, resources, appImage, "deb");
      // jpackage's own Debian dependencies are what it sees of the runtime; our control file adds
      // JavaFX's system libraries, which it cannot see inside the jar, so apt installs them.
      deb.addAll(List.of("--linux-deb-maintainer", "careercoach@example.com"));
      installers.add(deb);
      if (onPath("rpmbuild")) {
        List<String> rpm = linux(version, out, resources, appImage, "rpm");
        rpm.addAll(
            List.of(
                "--linux-rpm-license-type",
                "Proprietary",
                "--linux-package-deps",
                "gtk3, mesa-libGL, libXtst, alsa-lib"));
        installers.add(rpm);
      } else {
        System.out.println("[installer] no rpmbuild on the PATH: no .rpm");
      }
    } else if (os.contains("windows")) {
      List<String> msi = new ArrayList<>(common(version, out, resources, os));
      msi.addAll(
          List.of(
              "--app-image",
              appImage.toString(),
              "--type",
              "msi",
              "--win-menu",
              "--win-shortcut",
              "--win-dir-chooser"));
      installers.add(msi);
    } else if (os.contains("mac")) {
      List<String> dmg = new ArrayList<>(common(version, out, resources, os));
      dmg.addAll(List.of("--app-image", appImage.toString(), "--type", "dmg"));
      installers.add(dmg);
    }
    return installers;
  }

  /**
   * A Linux package: the menu entry, and our scripts (in {@code src/main/jpackage/linux}), which
   * make the class-data archive after installing and remove it before uninstalling.
   */
  private static List<String> linux(
      String version, Path out, Path resources, Path appImage, String type) {
    List<String> args = new ArrayList<>(common(version, out, resources, "linux"));
    args.addAll(
        List.of(
            "--app-image",
            appImage.toString(),
            "--type",
            type,
            "--linux-package-name",
            NAME,
            "--linux-menu-group",
            "Office",
            "--linux-app-category",
            "office",
            "--linux-shortcut",
            "--resource-dir",
            resources.resolve("linux").toString()));
    return args;
  }

  /** What both jpackage runs share: name, version, vendor, icon, where to write. */
  private static List<String> common(String version, Path dest, Path resources, String os) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--name",
                os.contains("mac") ? "Career Coach" : NAME,
                "--app-version",
                version,
                "--vendor",
                "Career Coach",
                "--description",
                "Draft, read and coach resumes, offline first",
                "--dest",
                dest.toString()));
    Path icon =
        resources.resolve(
            os.contains("windows") ? "windows" : os.contains("mac") ? "mac" : "linux");
    try (Stream<Path> icons = Files.exists(icon) ? Files.list(icon) : Stream.empty()) {
      icons
          .filter(p -> p.toString().matches(".*\\.(png|ico|icns)$"))
          .findFirst()
          .ifPresent(
              file -> {
                args.add("--icon");
                args.add(file.toString());
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return args;
  }

  /** The JDK modules the jar uses, as jdeps finds them, and those it cannot see. */
  static List<String> modules(Path jar) {
    String found =
        run(
                "jdeps",
                "--ignore-missing-deps",
                "--multi-release",
                Integer.toString(Runtime.version().feature()),
                "--print-module-deps",
                jar.toString())
            .strip();
    TreeSet<String> modules = new TreeSet<>(List.of(found.split(",")));
    modules.addAll(ALWAYS);
    modules.removeIf(String::isBlank);
    return List.copyOf(modules);
  }

  /** A package version is numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0. */
  static String version(String mavenVersion) {
    String numbers = mavenVersion.replaceFirst("[^0-9.].*$", "").replaceAll("\\.$", "");
    if (!numbers.matches("\\d+(\\.\\d+){0,2}")) {
      throw new IllegalArgumentException("not a version jpackage takes: " + mavenVersion);
    }
    return numbers;
  }

  private static String run(String tool, String... args) {
    ToolProvider provider =
        ToolProvider.findFirst(tool)
            .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        provider.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    if (exit != 0) {
      throw new IllegalStateException(
          tool
              + " failed ("
              + exit
              + "): "
              + err.toString(StandardCharsets.UTF_8)
              + out.toString(StandardCharsets.UTF_8));
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Whether a program is on the PATH (rpmbuild, xvfb-run). */
  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
