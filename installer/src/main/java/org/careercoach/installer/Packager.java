package org.careercoach.installer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * package ({@code .deb} on Linux, {@code .msi} on Windows, {@code .dmg} on macOS: jpackage cannot
 * cross-build). Run by the installer module's {@code installer} profile:
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

  /** The launcher's JVM options: those of desktop-app/career-coach (ADR 0009). */
  static final List<String> JAVA_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  private Packager() {}

  public static void main(String[] args) throws IOException {
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

    List<String> installer = new ArrayList<>(common(version, out, resources, os));
    installer.addAll(List.of("--app-image", appImage.toString()));
    if (os.contains("linux")) {
      installer.addAll(
          List.of(
              "--type",
              "deb",
              "--linux-package-name",
              NAME,
              "--linux-menu-group",
              "Office",
              "--linux-app-category",
              "office",
              "--linux-shortcut",
              "--linux-deb-maintainer",
              "careercoach@example.com",
              // Our control file: JavaFX's system libraries, which jpackage cannot see inside
              // the jar, are declared, so apt installs them.
              "--resource-dir",
              resources.resolve("linux").toString()));
    } else if (os.contains("windows")) {
      installer.addAll(
          List.of("--type", "msi", "--win-menu", "--win-shortcut", "--win-dir-chooser"));
    } else if (os.contains("mac")) {
      installer.addAll(List.of("--type", "dmg"));
    }
    run("jpackage", installer.toArray(String[]::new));
    try (Stream<Path> made = Files.list(out)) {
      made.filter(Files::isRegularFile)
          .forEach(file -> System.out.println("[installer] package: " + file));
    }
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

  private static void delete(Path folder) throws IOException {
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
