package org.careercoach.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.server.support.ConsoleClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command as {@code run.sh --server-only} starts it ({@code java -jar
 * sync-server.jar local --server-only}) in a fresh folder: the first run shows the machine's admin
 * account once and the console's address, the account signs in to the console, and the next run in
 * the same folder shows no password and keeps the account.
 */
class LocalRunIT {

  private static final Duration START = Duration.ofSeconds(150);
  private static final Pattern PASSWORD = Pattern.compile("password: (\\S+)");

  @TempDir Path folder;

  @Test
  void theFirstRunShowsTheAdminAccountOnceWhichSignsInToTheConsole() throws Exception {
    int port = freePort();

    List<String> first = runUntilUp(port);
    Matcher shown = PASSWORD.matcher(String.join("\n", first));
    assertThat(shown.find()).as(String.join("\n", first)).isTrue();
    assertThat(Files.readString(folder.resolve(".coach-local/admin.env")))
        .contains("COACH_ADMIN_PASSWORD=" + shown.group(1));
    assertThat(first)
        .anySatisfy(
            line ->
                assertThat(line)
                    .isEqualTo(
                        "Server is up. Admin console: http://localhost:"
                            + port
                            + "/admin (sign in as admin@careercoach.local)."));

    List<String> second = runUntilUp(port);

    assertThat(String.join("\n", second)).doesNotContain("password");
    assertThat(Files.readString(folder.resolve(".coach-local/server.log")))
        .contains("Started SyncServerApplication");
  }

  /** Starts the command, signs in to its console as the shown admin, stops it; its output. */
  private List<String> runUntilUp(int port) throws Exception {
    Path jar = Path.of("target", "sync-server.jar").toAbsolutePath();
    ProcessBuilder command =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "local",
                "--server-only")
            .directory(folder.toFile())
            .redirectErrorStream(true);
    command.environment().put("SERVER_PORT", Integer.toString(port));
    command.environment().put("COACH_DATA_DIR", folder.resolve("data").toString());
    command.environment().remove("COACH_ADMIN_EMAIL");
    command.environment().remove("COACH_ADMIN_PASSWORD");
    Process server = command.start();
    List<String> lines = new ArrayList<>();
    try {
      CompletableFuture<Boolean> up =
          CompletableFuture.supplyAsync(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = out.readLine()) != null; ) {
                    synchronized (lines) {
                      lines.add(line);
                    }
                    if (line.startsWith("Server is up.")) {
                      return true;
                    }
                  }
                  return false;
                } catch (IOException e) {
                  return false;
                }
              });
      assertThat(up.get(START.toSeconds(), TimeUnit.SECONDS)).as("%s", lines).isTrue();
      String password =
          Files.readString(folder.resolve(".coach-local/admin.env"))
              .lines()
              .filter(l -> l.startsWith("COACH_ADMIN_PASSWORD="))
              .findFirst()
              .orElseThrow()
              .substring("COACH_ADMIN_PASSWORD=".length());
      assertThat(new ConsoleClient(port).signIn("admin@careercoach.local", password).location())
          .endsWith("/admin");
    } finally {
      server.destroy();
      if (!server.waitFor(60, TimeUnit.SECONDS)) {
        server.destroyForcibly().waitFor();
      }
    }
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
