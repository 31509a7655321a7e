package org.careercoach.desktop.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.careercoach.desktop.service.api.ServerAddress;

/**
 * A TCP proxy of the tests' own in front of a server port on this computer, that misbehaves on
 * request: it goes offline (every open connection is reset and every new one is reset as soon as it
 * is accepted) and online again; it cuts a connection after a given number of bytes sent towards
 * the server (mid-request) or back to the client (mid-response, {@code 0}: the server has the whole
 * request and may have applied it, the client hears nothing); and it delays every chunk it
 * forwards. What happens to each new connection is a {@link Fault}: the next one queued with {@link
 * #failNext}, else the {@link Plan} in force ({@link Plan#none()} at first, or {@link Plan#random}
 * for a reproducible random mix).
 *
 * <p>Byte counts are per connection, not per HTTP request: a kept-alive connection carrying several
 * requests is cut where its N-th byte falls. At a cut the side that was receiving gets exactly the
 * bytes forwarded and then the end of the stream; the side that was sending is reset (SO_LINGER 0).
 * Going offline resets both sides. Plain platform threads, two per connection (Java 17).
 */
public final class FaultyProxy implements AutoCloseable {

  /**
   * What the proxy does to one connection.
   *
   * @param cutRequestAfter cut once this many bytes went towards the server; negative: never
   * @param cutResponseAfter cut once this many bytes went back to the client; negative: never
   * @param delay waited before forwarding each chunk, either way
   */
  public record Fault(long cutRequestAfter, long cutResponseAfter, Duration delay) {

    public static final Fault NONE = new Fault(-1, -1, Duration.ZERO);

    public static Fault cutRequestAfter(long bytes) {
      return new Fault(bytes, -1, Duration.ZERO);
    }

    public static Fault cutResponseAfter(long bytes) {
      return new Fault(-1, bytes, Duration.ZERO);
    }

    public static Fault delay(Duration delay) {
      return new Fault(-1, -1, delay);
    }

    @Override
    public String toString() {
      if (equals(NONE)) {
        return "none";
      }
      StringBuilder text = new StringBuilder();
      if (cutRequestAfter >= 0) {
        text.append("cut request after ").append(cutRequestAfter).append(" B ");
      }
      if (cutResponseAfter >= 0) {
        text.append("cut response after ").append(cutResponseAfter).append(" B ");
      }
      if (!delay.isZero()) {
        text.append("delay ").append(delay.toMillis()).append(" ms");
      }
      return text.toString().strip();
    }
  }

  /** Chooses the fault of each new connection, numbered from 1. Called on the accepting thread. */
  @FunctionalInterface
  public interface Plan {
    Fault next(long connection);

    static Plan none() {
      return connection -> Fault.NONE;
    }

    /**
     * A reproducible mix: each connection is cut mid-request with probability {@code cutRequest},
     * else mid-response with probability {@code cutResponse} (at a byte uniformly in {@code [0,
     * maxBytes)}), and independently delayed (uniformly up to {@code maxDelay}) with probability
     * {@code delayed}.
     */
    static Plan random(
        long seed,
        double cutRequest,
        double cutResponse,
        int maxBytes,
        double delayed,
        Duration maxDelay) {
      Random random = new Random(seed);
      return connection -> {
        double roll = random.nextDouble();
        long request = roll < cutRequest ? random.nextInt(maxBytes) : -1;
        long response =
            roll >= cutRequest && roll < cutRequest + cutResponse ? random.nextInt(maxBytes) : -1;
        Duration delay =
            random.nextDouble() < delayed && !maxDelay.isZero()
                ? Duration.ofMillis(random.nextInt((int) maxDelay.toMillis() + 1))
                : Duration.ZERO;
        return new Fault(request, response, delay);
      };
    }
  }

  /** What the proxy did so far: lets a test show its faults actually happened. */
  public record Counts(
      long connections, long refused, long cutMidRequest, long cutMidResponse, long delayed) {}

  private final int targetPort;
  private final ServerSocket listener;
  private final Thread acceptor;
  private final Set<Link> links = ConcurrentHashMap.newKeySet();
  private final Deque<Fault> queued = new ArrayDeque<>();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong cutMidRequest = new AtomicLong();
  private final AtomicLong cutMidResponse = new AtomicLong();
  private final AtomicLong delayed = new AtomicLong();
  private volatile boolean online = true;
  private volatile Plan plan = Plan.none();

  private FaultyProxy(int targetPort) throws IOException {
    this(targetPort, 0);
  }

  private FaultyProxy(int targetPort, int receiveBuffer) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket();
    listener.setReuseAddress(true);
    if (receiveBuffer > 0) {
      // Set before bind, it holds for every accepted socket and turns the kernel's growth of the
      // window off: a client can then run ahead of the proxy only by its own send buffer.
      listener.setReceiveBufferSize(receiveBuffer);
    }
    listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    this.acceptor = new Thread(this::acceptLoop, "faulty-proxy-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy on a free loopback port in front of {@code targetPort} on loopback; online. */
  public static FaultyProxy to(int targetPort) throws IOException {
    return new FaultyProxy(targetPort);
  }

  /** A proxy in front of the server at this (loopback) address. */
  public static FaultyProxy to(ServerAddress server) throws IOException {
    return new FaultyProxy(server.url().port());
  }

  /**
   * A proxy whose connections take at most {@code receiveBuffer} bytes ahead of what it forwards:
   * with {@link Fault#delay} on each chunk, an upload then streams at the proxy's pace instead of
   * vanishing into loopback buffers (megabytes) at once, so its progress can be watched.
   */
  public static FaultyProxy withSmallBuffers(ServerAddress server, int receiveBuffer)
      throws IOException {
    return new FaultyProxy(server.url().port(), receiveBuffer);
  }

  public int port() {
    return listener.getLocalPort();
  }

  /** The address a client uses to reach the server through this proxy. */
  public ServerAddress address() {
    return ServerAddress.parse("http://127.0.0.1:" + port());
  }

  /** Resets every open connection; every new one is reset as soon as it is accepted. */
  public void offline() {
    online = false;
    for (Link link : links) {
      link.cut();
    }
  }

  public void online() {
    online = true;
  }

  public boolean isOnline() {
    return online;
  }

  /** The plan for connections with nothing queued. */
  public void plan(Plan plan) {
    this.plan = plan;
  }

  /** Queues faults for the next connections, in order, ahead of the plan. */
  public void failNext(Fault... faults) {
    synchronized (queued) {
      queued.addAll(List.of(faults));
    }
  }

  /** Resets every open connection now (and nothing else: new ones go through). */
  public void cutAll() {
    for (Link link : links) {
      link.cut();
    }
  }

  public Counts counts() {
    return new Counts(
        connections.get(), refused.get(), cutMidRequest.get(), cutMidResponse.get(), delayed.get());
  }

  @Override
  public void close() {
    online = false;
    try {
      listener.close();
    } catch (IOException e) {
      throw new IllegalStateException("Could not close the proxy's port", e);
    }
    cutAll();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return; // close() closed the listener.
      }
      if (!online) {
        refused.incrementAndGet();
        reset(client);
        continue;
      }
      long number = connections.incrementAndGet();
      Fault fault;
      synchronized (queued) {
        fault = queued.isEmpty() ? null : queued.poll();
      }
      if (fault == null) {
        fault = plan.next(number);
      }
      if (!fault.delay().isZero()) {
        delayed.incrementAndGet();
      }
      Socket server = new Socket();
      try {
        server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5_000);
      } catch (IOException down) {
        reset(client); // The server is down: the client sees what it would see without us.
        close(server);
        continue;
      }
      Link link = new Link(client, server, fault);
      links.add(link);
      if (!online) {
        link.cut(); // offline() ran between the accept and now.
        continue;
      }
      link.start();
    }
  }

  /** One client connection and its connection to the server, pumped by two threads. */
  private final class Link {
    private final Socket client;
    private final Socket server;
    private final Fault fault;
    private volatile boolean cut;

    Link(Socket client, Socket server, Fault fault) {
      this.client = client;
      this.server = server;
      this.fault = fault;
    }

    void start() {
      String name = "faulty-proxy-" + client.getPort();
      Thread up =
          new Thread(() -> pump(client, server, fault.cutRequestAfter(), true), name + "-up");
      Thread down =
          new Thread(() -> pump(server, client, fault.cutResponseAfter(), false), name + "-down");
      up.setDaemon(true);
      down.setDaemon(true);
      up.start();
      down.start();
    }

    private void pump(Socket from, Socket to, long cutAfter, boolean towardsServer) {
      byte[] buffer = new byte[16 * 1024];
      long sent = 0;
      try {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        if (cutAfter == 0) {
          // Cut before anything passes: wait for the first byte so the cut falls "mid-way".
          if (in.read() >= 0) {
            countCut(towardsServer);
            cutAfterDelivering(to);
          }
          return;
        }
        int read;
        while ((read = in.read(buffer)) >= 0) {
          if (!fault.delay().isZero()) {
            Thread.sleep(fault.delay().toMillis()); // Injected latency, not synchronisation.
          }
          int allowed = cutAfter < 0 ? read : (int) Math.min(read, cutAfter - sent);
          out.write(buffer, 0, allowed);
          out.flush();
          sent += allowed;
          if (cutAfter >= 0 && sent >= cutAfter) {
            countCut(towardsServer);
            cutAfterDelivering(to);
            return;
          }
        }
        // An orderly end one way: pass it on, as TCP would.
        if (!to.isClosed()) {
          to.shutdownOutput();
        }
      } catch (IOException broken) {
        // One side reset or a cut closed the sockets: the other side is reset too, as a broken
        // network would leave it.
        cut();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        cut();
      } finally {
        finishIfDone();
      }
    }

    private void countCut(boolean towardsServer) {
      (towardsServer ? cutMidRequest : cutMidResponse).incrementAndGet();
    }

    private void finishIfDone() {
      if (cut || (client.isOutputShutdown() && server.isOutputShutdown())) {
        close(client);
        close(server);
        links.remove(this);
      }
    }

    /** Resets both sides: a network gone. */
    void cut() {
      cut = true;
      reset(client);
      reset(server);
      links.remove(this);
    }

    /**
     * A cut mid-way: the side that was receiving gets the bytes already forwarded, then the end of
     * the stream (a reset could discard them in its buffers, and the count would not be exact); the
     * side that was sending is reset.
     */
    private void cutAfterDelivering(Socket receiving) {
      cut = true;
      close(receiving);
      reset(receiving == client ? server : client);
      links.remove(this);
    }
  }

  private static void reset(Socket socket) {
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException alreadyClosed) {
      // Closed already: nothing to reset.
    }
    close(socket);
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing a socket that failed: nothing more can be done with it.
    }
  }
}
