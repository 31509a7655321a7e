package org.careercoach.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and Redis run as processes of their own, so a server killed with {@code
 * kill -9} leaves them running on its data folder, and the next start would fail on them. Each
 * embedded part therefore claims its data folder with a lock the OS drops when our JVM dies:
 * whoever holds the claim knows that a process still recorded in the part's pid file is an orphan
 * of a dead run, and stops it before starting its own. A pid that now belongs to some other program
 * is never touched.
 */
public final class EmbeddedProcesses {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedProcesses.class);

  private EmbeddedProcesses() {}

  /** The exclusive right of this JVM to run one embedded part on its data folder. */
  public static final class Claim implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private Claim(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        log.warn("event=embedded_claim_release_failed reason={}", e.getMessage());
      }
    }
  }

  /**
   * Claims a part's data folder, or says that a running server or worker already uses it (its
   * processes are alive, not orphans, so they are left alone).
   */
  public static Claim claim(Path lockFile, String part) {
    try {
      Files.createDirectories(lockFile.toAbsolutePath().getParent());
      FileChannel channel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException inThisJvm) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException(
            "Another Career Coach server or worker is running its "
                + part
                + " on "
                + lockFile.getParent()
                + ": stop it first, or give this one a COACH_DATA_DIR of its own");
      }
      return new Claim(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot claim " + lockFile + " for the " + part, e);
    }
  }

  /**
   * The live process a pid file names, if its command line shows it is ours; a pid file naming a
   * dead process or someone else's (a reused pid) is stale and deleted, and that process is left
   * alone.
   */
  public static Optional<ProcessHandle> recorded(
      Path pidFile, String part, Predicate<String> isOurs) {
    Optional<Long> pid = pidIn(pidFile);
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
    if (process.isPresent()) {
      Optional<String> commandLine = commandLine(process.get());
      if (commandLine.isEmpty()) {
        // Deleting the pid file of a live database would let a second one open the same files.
        throw new IllegalStateException(
            "Cannot tell whether process "
                + pid.get()
                + " named in "
                + pidFile
                + " is an earlier "
                + part
                + ": its command line is not readable. If it is not, delete that file and start"
                + " again");
      }
      if (isOurs.test(commandLine.get())) {
        return process;
      }
      log.warn(
          "event=embedded_pid_reused part=\"{}\" pid={} file={}: not ours, left alone",
          part,
          pid.get(),
          pidFile);
    }
    deleteStale(pidFile);
    return Optional.empty();
  }

  /** Waits for a process to end; true if it did within the time. */
  public static boolean awaitExit(ProcessHandle process, Duration patience) {
    try {
      process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** A process's command line, from the JDK or else from {@code /proc} on Linux. */
  public static Optional<String> commandLine(ProcessHandle process) {
    Optional<String> fromJdk = process.info().commandLine();
    if (fromJdk.isPresent()) {
      return fromJdk;
    }
    Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      return Optional.of(Files.readString(proc, StandardCharsets.UTF_8).replace('\0', ' ').strip())
          .filter(line -> !line.isEmpty());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> pidIn(Path pidFile) {
    try {
      String first =
          Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
              .findFirst()
              .orElse("")
              .strip();
      return Optional.of(Long.parseLong(first));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | NumberFormatException e) {
      log.warn("event=embedded_pid_file_unreadable file={} reason={}", pidFile, e.toString());
      deleteStale(pidFile);
      return Optional.empty();
    }
  }

  private static void deleteStale(Path pidFile) {
    try {
      if (Files.deleteIfExists(pidFile)) {
        log.info("event=embedded_stale_pid_file_removed file={}", pidFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the stale pid file " + pidFile, e);
    }
  }
}
