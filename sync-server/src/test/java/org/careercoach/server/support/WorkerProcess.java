package org.careercoach.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careercoach.server.SyncServerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * A worker-only process of the server (its {@code worker} mode), started by a test in a JVM of its
 * own with the test's processor ({@link TestJobs}) against the test's database and Redis.
 */
public final class WorkerProcess implements AutoCloseable {

  private final Process process;
  private final Path log;

  private WorkerProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The child's main: the server's worker mode, with the test's processor. */
  public static void main(String[] args) {
    SpringApplication app =
        new SpringApplication(SyncServerApplication.class, TestJobs.Configuration.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.run(args);
  }

  public static WorkerProcess start(Map<String, String> env, Path folder) {
    try {
      Files.createDirectories(folder);
      Path log = Files.createTempFile(folder, "worker-", ".log");
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx256m");
      command.add("-XX:TieredStopAtLevel=1");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(WorkerProcess.class.getName());
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().putAll(env);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      return new WorkerProcess(builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until its workers run; fails with the child's log if they never do. */
  public WorkerProcess awaitStarted(Duration timeout) {
    boolean started =
        TestJobs.await(
            timeout, () -> !process.isAlive() || logText().contains("Job workers started"));
    if (!started || !process.isAlive()) {
      throw new AssertionError("worker process did not start:\n" + logText());
    }
    return this;
  }

  public long pid() {
    return process.pid();
  }

  public Process process() {
    return process;
  }

  public String logText() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
