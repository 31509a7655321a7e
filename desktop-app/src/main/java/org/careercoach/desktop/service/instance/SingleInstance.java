package org.careercoach.desktop.service.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.locks.LockSupport;

/**
 * One app per data folder. The first start holds an operating-system lock on {@code instance.lock}
 * in the folder (released by the OS however the process ends, so a crash leaves nothing stale) and
 * listens on a loopback port written to {@code instance.port} with a random token. A second start
 * on the same folder fails to take the lock, knocks on that port, and the first instance's callback
 * brings its window to the front; the second then exits instead of opening the same files. Apps on
 * two data folders never meet.
 */
public final class SingleInstance implements AutoCloseable {

  private static final System.Logger log = System.getLogger(SingleInstance.class.getName());
  private static final Duration PATIENCE = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  private final FileChannel lockFile;
  private final FileLock lock;
  private final ServerSocket listener;
  private final Path portFile;

  private SingleInstance(
      FileChannel lockFile, FileLock lock, ServerSocket listener, Path portFile) {
    this.lockFile = lockFile;
    this.lock = lock;
    this.listener = listener;
    this.portFile = portFile;
  }

  /**
   * Another app runs on this data folder; its window was asked to come to the front.
   *
   * @see #answered()
   */
  public static final class AlreadyRunning extends Exception {
    private final boolean answered;

    AlreadyRunning(Path dataDir, boolean answered) {
      super(
          answered
              ? "Career Coach is already running on "
                  + dataDir
                  + "; its window was brought to the front."
              : "Career Coach is already running on "
                  + dataDir
                  + " but did not answer. Close it (or end it in the task manager), then start"
                  + " again.");
      this.answered = answered;
    }

    /** Whether the running app heard the knock. */
    public boolean answered() {
      return answered;
    }
  }

  /**
   * Becomes the one app on {@code dataDir}, or knocks on the one that is.
   *
   * @param onKnock called (on a background thread) each time a later start knocks
   * @throws AlreadyRunning when another process holds the folder
   * @throws IOException when the folder cannot be used at all (the store then says why)
   */
  public static SingleInstance claim(Path dataDir, Runnable onKnock)
      throws AlreadyRunning, IOException {
    Files.createDirectories(dataDir);
    FileChannel channel =
        FileChannel.open(
            dataDir.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      lock = null;
    }
    Path portFile = dataDir.resolve("instance.port");
    if (lock == null) {
      channel.close();
      throw new AlreadyRunning(dataDir, knock(portFile));
    }
    try {
      ServerSocket listener = new ServerSocket();
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
      Path part = portFile.resolveSibling("instance.port.part");
      Files.writeString(part, listener.getLocalPort() + " " + token + "\n");
      Files.move(
          part, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      SingleInstance instance = new SingleInstance(channel, lock, listener, portFile);
      Thread answering =
          new Thread(() -> instance.answer(token, onKnock), "single-instance " + dataDir);
      answering.setDaemon(true);
      answering.start();
      return instance;
    } catch (IOException | RuntimeException e) {
      lock.release();
      channel.close();
      throw e;
    }
  }

  private void answer(String token, Runnable onKnock) {
    while (!listener.isClosed()) {
      try (Socket caller = listener.accept()) {
        caller.setSoTimeout((int) READ_TIMEOUT.toMillis());
        String line =
            new BufferedReader(
                    new InputStreamReader(caller.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (("knock " + token).equals(line)) {
          onKnock.run();
          OutputStream out = caller.getOutputStream();
          out.write("ok\n".getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      } catch (IOException e) {
        if (!listener.isClosed()) {
          log.log(Level.WARNING, "A knock from another start could not be answered", e);
        }
      }
    }
  }

  /**
   * Asks the running app to show its window. It may have just taken the lock and not yet written
   * its port, so a missing file or a refused connection is retried for a few seconds.
   */
  private static boolean knock(Path portFile) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    IOException last = null;
    do {
      try {
        String[] portAndToken = Files.readString(portFile).strip().split(" ");
        try (Socket socket = new Socket()) {
          socket.connect(
              new InetSocketAddress(
                  InetAddress.getLoopbackAddress(), Integer.parseInt(portAndToken[0])),
              (int) READ_TIMEOUT.toMillis());
          socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
          socket
              .getOutputStream()
              .write(("knock " + portAndToken[1] + "\n").getBytes(StandardCharsets.UTF_8));
          socket.getOutputStream().flush();
          String reply =
              new BufferedReader(
                      new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                  .readLine();
          return "ok".equals(reply);
        }
      } catch (SocketTimeoutException e) {
        log.log(Level.WARNING, "The running app did not answer the knock", e);
        return false;
      } catch (NoSuchFileException | java.net.ConnectException e) {
        last = e;
      } catch (IOException | RuntimeException e) {
        log.log(Level.WARNING, "Could not knock on the running app", e);
        return false;
      }
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos()); // a retry, not a synchronisation
    } while (System.nanoTime() < deadline);
    log.log(Level.WARNING, "The running app never opened its port", last);
    return false;
  }

  /** Lets the folder go: another start may then become the one app. */
  @Override
  public void close() throws IOException {
    listener.close();
    Files.deleteIfExists(portFile);
    lock.release();
    lockFile.close();
  }
}
