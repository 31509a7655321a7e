package org.careercoach.desktop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.careercoach.desktop.support.FaultyProxy.Fault;
import org.careercoach.desktop.support.FaultyProxy.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy in front of a plain socket server that reads a request of a known size, records how
 * many bytes it received, and answers with a known response.
 */
class FaultyProxyTest {

  private static final int REQUEST = 50_000;
  private static final int RESPONSE = 80_000;

  private final byte[] request = randomBytes(REQUEST, 1);
  private final byte[] response = randomBytes(RESPONSE, 2);
  private final LinkedBlockingQueue<CompletableFuture<byte[]>> received =
      new LinkedBlockingQueue<>();
  private ServerSocket target;
  private FaultyProxy proxy;

  @BeforeEach
  void start() throws IOException {
    target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::serve, "proxy-test-target");
    acceptor.setDaemon(true);
    acceptor.start();
    proxy = FaultyProxy.to(target.getLocalPort());
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    target.close();
  }

  @Test
  void passesEveryByteBothWaysUnchanged() throws Exception {
    for (int round = 0; round < 3; round++) {
      assertThat(exchange()).isEqualTo(response);
      assertThat(serverReceived()).isEqualTo(request);
    }
    assertThat(proxy.counts().connections()).isEqualTo(3);
  }

  @Test
  void aCutMidRequestDeliversExactlyThatManyBytesAndTheClientGetsNoAnswer() throws Exception {
    proxy.failNext(Fault.cutRequestAfter(1_234));

    assertThatThrownBy(this::exchange).isInstanceOf(IOException.class);
    assertThat(serverReceived()).isEqualTo(Arrays.copyOf(request, 1_234));
    assertThat(proxy.counts().cutMidRequest()).isEqualTo(1);
    assertThat(exchange()).as("the next connection is fine").isEqualTo(response);
  }

  @Test
  void aCutAtTheFirstByteOfTheAnswerLeavesTheServerWithTheWholeRequest() throws Exception {
    proxy.failNext(Fault.cutResponseAfter(0));

    assertThatThrownBy(this::exchange).hasMessageContaining("after 0 of");
    assertThat(serverReceived()).isEqualTo(request);
    assertThat(proxy.counts().cutMidResponse()).isEqualTo(1);
  }

  @Test
  void aCutMidResponseDeliversExactlyThatManyBytes() throws Exception {
    proxy.failNext(Fault.cutResponseAfter(7_000));

    assertThatThrownBy(this::exchange).hasMessageContaining("after 7000 of");
    assertThat(serverReceived()).isEqualTo(request);
  }

  @Test
  void offlineResetsOpenConnectionsAndEveryNewOneUntilOnlineAgain() throws Exception {
    Socket open = connect();
    open.getOutputStream().write(request, 0, 100);
    // The kernel accepts before the proxy does: go offline once the proxy holds the connection.
    HeadlessDevice.await(Duration.ofSeconds(10), () -> proxy.counts().connections() == 1);
    proxy.offline();
    assertThatThrownBy(() -> readAll(open.getInputStream(), RESPONSE))
        .isInstanceOf(IOException.class);

    assertThatThrownBy(this::exchange).isInstanceOf(IOException.class);
    assertThat(proxy.counts().refused()).isEqualTo(1);

    proxy.online();
    assertThat(exchange()).isEqualTo(response);
  }

  @Test
  void aDelayedConnectionIsSlowerByAtLeastItsDelayAndIntact() throws Exception {
    proxy.failNext(Fault.delay(Duration.ofMillis(300)));
    long start = System.nanoTime();

    assertThat(exchange()).isEqualTo(response);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(ms(300));
    assertThat(proxy.counts().delayed()).isEqualTo(1);
  }

  @Test
  void aRandomPlanIsTheSameForTheSameSeedAndMixesEveryFault() {
    List<Fault> first = faults(Plan.random(42, 0.2, 0.3, 5_000, 0.3, ms(50)));
    List<Fault> again = faults(Plan.random(42, 0.2, 0.3, 5_000, 0.3, ms(50)));
    List<Fault> other = faults(Plan.random(43, 0.2, 0.3, 5_000, 0.3, ms(50)));

    assertThat(first).isEqualTo(again).isNotEqualTo(other);
    assertThat(first).anyMatch(f -> f.cutRequestAfter() >= 0);
    assertThat(first).anyMatch(f -> f.cutResponseAfter() >= 0);
    assertThat(first).anyMatch(f -> !f.delay().isZero());
    assertThat(first).anyMatch(f -> f.equals(Fault.NONE));
    assertThat(first).noneMatch(f -> f.cutRequestAfter() >= 0 && f.cutResponseAfter() >= 0);
  }

  @Test
  void theRandomPlanCutsConnectionsAsItSaid() throws Exception {
    proxy.plan(Plan.random(7, 0.4, 0.4, REQUEST, 0, Duration.ZERO));
    List<Fault> expected =
        faults(Plan.random(7, 0.4, 0.4, REQUEST, 0, Duration.ZERO)).subList(0, 20);

    for (Fault fault : expected) {
      boolean cut = fault.cutRequestAfter() >= 0 || fault.cutResponseAfter() >= 0;
      if (cut) {
        assertThatThrownBy(this::exchange).as(fault.toString()).isInstanceOf(IOException.class);
      } else {
        assertThat(exchange()).isEqualTo(response);
      }
      int expectedAtServer = fault.cutRequestAfter() >= 0 ? (int) fault.cutRequestAfter() : REQUEST;
      assertThat(serverReceived()).as(fault.toString()).hasSize(expectedAtServer);
    }
  }

  private static List<Fault> faults(Plan plan) {
    List<Fault> faults = new ArrayList<>();
    for (long connection = 1; connection <= 200; connection++) {
      faults.add(plan.next(connection));
    }
    return faults;
  }

  /** Sends the request through the proxy and reads the whole answer, or fails saying how far. */
  private byte[] exchange() throws IOException {
    try (Socket socket = connect()) {
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
      return readAll(socket.getInputStream(), RESPONSE);
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.setSoTimeout(10_000);
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxy.port()), 5_000);
    return socket;
  }

  private static byte[] readAll(InputStream in, int expected) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while (bytes.size() < expected && (read = in.read(buffer)) >= 0) {
      bytes.write(buffer, 0, read);
    }
    if (bytes.size() < expected) {
      throw new IOException(
          "The answer ended after " + bytes.size() + " of " + expected + " bytes");
    }
    return bytes.toByteArray();
  }

  /** What the target received on the next connection it finished with. */
  private byte[] serverReceived() throws Exception {
    CompletableFuture<byte[]> next = received.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("the server saw a connection").isNotNull();
    return next.get(10, TimeUnit.SECONDS);
  }

  private void serve() {
    while (!target.isClosed()) {
      try {
        Socket socket = target.accept();
        CompletableFuture<byte[]> got = new CompletableFuture<>();
        received.add(got);
        Thread handler = new Thread(() -> answer(socket, got), "proxy-test-target-conn");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return; // The test ended and closed the target.
      }
    }
  }

  private void answer(Socket socket, CompletableFuture<byte[]> got) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (socket) {
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      int read;
      while (bytes.size() < REQUEST && (read = in.read(buffer)) >= 0) {
        bytes.write(buffer, 0, read);
      }
      got.complete(bytes.toByteArray());
      if (bytes.size() == REQUEST) {
        socket.getOutputStream().write(response);
      }
    } catch (IOException cut) {
      got.complete(bytes.toByteArray()); // Reset by the proxy: what arrived is the result.
    }
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
