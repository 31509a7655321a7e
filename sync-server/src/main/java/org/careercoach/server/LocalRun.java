package org.careercoach.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar sync-server.jar local [--server-only]}: the README's one command on a laptop,
 * what {@code run.sh} and {@code run.cmd} start. It generates the machine's admin account on the
 * first run (shown once, kept owner-only in {@code .coach-local/admin.env}), starts the server on
 * its embedded defaults in this JVM (its log in {@code .coach-local/server.log}), says where the
 * admin console is, then opens the desktop app against it and stops the server when the app closes;
 * with {@code --server-only}, it serves until stopped (Ctrl+C).
 */
final class LocalRun {

  static final String ADMIN_EMAIL = "admin@careercoach.local";
  static final Path FOLDER = Path.of(".coach-local");

  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** The machine's operator account. */
  record AdminAccount(String email, String password) {}

  /** What the command line asked for. */
  record Options(boolean serverOnly) {

    /** Parses the arguments; empty, with the reason printed, when they make no sense. */
    static Optional<Options> parse(List<String> args, PrintStream err) {
      boolean serverOnly = false;
      for (String arg : args) {
        switch (arg) {
          case "--server-only" -> serverOnly = true;
          case "--no-build" -> {
            // The scripts' own option: the jars are already built by the time this runs.
          }
          default -> {
            err.println("Unknown option " + arg + ". Usage: local [--server-only]");
            return Optional.empty();
          }
        }
      }
      return Optional.of(new Options(serverOnly));
    }
  }

  private LocalRun() {}

  static void main(List<String> args) {
    Optional<Options> options = Options.parse(args, System.err);
    if (options.isEmpty()) {
      System.exit(2);
    }
    int port = Integer.parseInt(System.getenv().getOrDefault("SERVER_PORT", "8080"));
    if (!free(port)) {
      System.err.println(
          "Something already answers on port " + port + "; stop it or set SERVER_PORT.");
      System.exit(1);
    }
    AdminAccount admin;
    try {
      Files.createDirectories(FOLDER);
      admin = adminAccount(FOLDER.resolve("admin.env"), System.getenv(), System.out);
    } catch (IOException e) {
      System.err.println("Cannot keep the admin account in " + FOLDER + ": " + e.getMessage());
      System.exit(1);
      return;
    }
    String url = "http://localhost:" + port;
    System.out.println("Starting the sync server on " + url + " (log: " + log() + ")…");
    // System properties: above application.properties, which reads the same names from the
    // environment.
    serverProperties(admin).forEach(System::setProperty);
    SpringApplication server = new SpringApplication(SyncServerApplication.class);
    server.setMainApplicationClass(SyncServerApplication.class); // its log names the server
    ConfigurableApplicationContext context = server.run();
    System.out.println(
        "Server is up. Admin console: " + url + "/admin (sign in as " + admin.email() + ").");
    if (options.get().serverOnly()) {
      System.out.println("Serving until you stop it (Ctrl+C).");
      return; // Spring's shutdown hook stops it on Ctrl+C
    }
    System.out.println("Opening the desktop app…");
    int exit = openDesktop(url);
    context.close();
    System.exit(exit);
  }

  /**
   * The admin account kept in {@code file}, made on the first run with a new random password and
   * printed then (and only then); {@code COACH_ADMIN_EMAIL} and {@code COACH_ADMIN_PASSWORD} in the
   * environment win, as the operator's own choice.
   */
  static AdminAccount adminAccount(Path file, Map<String, String> env, PrintStream out)
      throws IOException {
    String givenEmail = env.getOrDefault("COACH_ADMIN_EMAIL", "");
    String givenPassword = env.getOrDefault("COACH_ADMIN_PASSWORD", "");
    if (!givenEmail.isBlank() && !givenPassword.isBlank()) {
      return new AdminAccount(givenEmail, givenPassword);
    }
    Properties kept = new Properties();
    if (Files.isRegularFile(file)) {
      try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        kept.load(reader);
      }
    }
    String email = kept.getProperty("COACH_ADMIN_EMAIL", "").strip();
    String password = kept.getProperty("COACH_ADMIN_PASSWORD", "").strip();
    if (!email.isEmpty() && !password.isEmpty()) {
      return new AdminAccount(email, password);
    }
    AdminAccount made = new AdminAccount(ADMIN_EMAIL, password(24));
    write(
        file,
        "COACH_ADMIN_EMAIL=" + made.email() + "\nCOACH_ADMIN_PASSWORD=" + made.password() + "\n");
    out.println("Admin account for this machine (shown only now; kept in " + file + "):");
    out.println("  email:    " + made.email());
    out.println("  password: " + made.password());
    return made;
  }

  /** Owner-only from the first byte where the file system has owners. */
  private static void write(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file); // Windows: the user's profile folder is the user's own
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static String password(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  /** The admin account, the log file, and a quiet console: this window talks to a person. */
  static Map<String, String> serverProperties(AdminAccount admin) {
    return Map.of(
        "coach.admin.email", admin.email(),
        "coach.admin.password", admin.password(),
        "logging.file.name", log().toString(),
        "logging.threshold.console", "WARN",
        "spring.main.banner-mode", "off");
  }

  private static Path log() {
    return FOLDER.resolve("server.log");
  }

  /** The command that opens the desktop app built beside this jar, for this system. */
  static List<String> desktopCommand(Path root, String os, Path java) {
    Path launcher = root.resolve("desktop-app").resolve("career-coach");
    List<String> command = new ArrayList<>();
    if (!os.toLowerCase(Locale.ROOT).startsWith("windows") && Files.isExecutable(launcher)) {
      command.add(launcher.toString()); // with its class-data archive: the fast start
    } else {
      command.add(java.toString());
      command.add("-jar");
      command.add(
          root.resolve("desktop-app").resolve("target").resolve("desktop-app.jar").toString());
    }
    return command;
  }

  private static int openDesktop(String url) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder app =
        new ProcessBuilder(desktopCommand(Path.of(""), System.getProperty("os.name"), java))
            .inheritIO();
    app.environment().put("COACH_SERVER_URL", url);
    try {
      Process window = app.start();
      // Stopped from outside (a signal to this JVM): the app goes with the server it talks to.
      Runtime.getRuntime().addShutdownHook(new Thread(window::destroy, "desktop-app-stop"));
      return window.waitFor();
    } catch (IOException e) {
      System.err.println("The desktop app could not start: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", port));
      return true;
    } catch (IOException inUse) {
      return false;
    }
  }
}
