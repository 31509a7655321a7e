package org.careercoach.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressesTest {

  private static final ClientAddresses BEHIND_PROXIES =
      new ClientAddresses(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8", "::1/128"));
  private static final ClientAddresses NO_PROXY = new ClientAddresses(List.of());

  private static MockHttpServletRequest from(String peer, String header, String... values) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    for (String value : values) {
      request.addHeader(header, value);
    }
    return request;
  }

  @Test
  void withoutTrustedProxiesForwardedHeadersAreIgnored() {
    assertThat(NO_PROXY.of(from("198.51.100.4", "X-Forwarded-For", "203.0.113.9")))
        .isEqualTo("198.51.100.4");
    assertThat(NO_PROXY.of(from("10.1.2.3", "Forwarded", "for=203.0.113.9"))).isEqualTo("10.1.2.3");
  }

  @Test
  void anUntrustedPeerCannotForgeItsAddress() {
    assertThat(BEHIND_PROXIES.of(from("198.51.100.4", "X-Forwarded-For", "203.0.113.9")))
        .isEqualTo("198.51.100.4");
  }

  @Test
  void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
    // The client wrote "1.1.1.1" itself; the proxies appended the rest.
    assertThat(
            BEHIND_PROXIES.of(
                from("10.0.0.5", "X-Forwarded-For", "1.1.1.1, 203.0.113.9, 192.168.1.7")))
        .isEqualTo("203.0.113.9");
    assertThat(
            BEHIND_PROXIES.of(
                from("10.0.0.5", "X-Forwarded-For", "1.1.1.1", "203.0.113.9, 10.9.9.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aChainOfOnlyTrustedProxiesAnswersTheLeftMost() {
    assertThat(BEHIND_PROXIES.of(from("10.0.0.5", "X-Forwarded-For", "10.0.0.1, 10.0.0.2")))
        .isEqualTo("10.0.0.1");
    assertThat(BEHIND_PROXIES.of(from("10.0.0.5", "X-Forwarded-For"))).isEqualTo("10.0.0.5");
  }

  @Test
  void garbageInTheChainStopsAtTheLastTrustedHop() {
    assertThat(BEHIND_PROXIES.of(from("10.0.0.5", "X-Forwarded-For", "unknown, 10.0.0.7")))
        .isEqualTo("10.0.0.7");
    assertThat(BEHIND_PROXIES.of(from("10.0.0.5", "X-Forwarded-For", "evil.example.com")))
        .isEqualTo("10.0.0.5");
  }

  @Test
  void ipv6PeersAndHopsAreNormalised() {
    assertThat(
            BEHIND_PROXIES.of(
                from("fd12:3456::1", "X-Forwarded-For", "2001:DB8:0:0::0:1, fd00::2")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(BEHIND_PROXIES.of(from("0:0:0:0:0:0:0:1", "X-Forwarded-For", "203.0.113.9")))
        .isEqualTo("203.0.113.9");
    assertThat(BEHIND_PROXIES.of(from("2001:db8::7", "X-Forwarded-For", "203.0.113.9")))
        .isEqualTo("2001:db8:0:0:0:0:0:7");
  }

  @Test
  void theForwardedHeaderWinsAndItsQuotesBracketsAndPortsAreStripped() {
    MockHttpServletRequest request =
        from("10.0.0.5", "Forwarded", "for=1.1.1.1, for=\"[2001:db8::5]:4711\";proto=https");
    request.addHeader("X-Forwarded-For", "203.0.113.9");
    assertThat(BEHIND_PROXIES.of(request)).isEqualTo("2001:db8:0:0:0:0:0:5");

    assertThat(
            BEHIND_PROXIES.of(
                from("10.0.0.5", "Forwarded", "For=\"203.0.113.9:5555\"", "for=10.0.0.9")))
        .isEqualTo("203.0.113.9");
    assertThat(BEHIND_PROXIES.of(from("10.0.0.5", "Forwarded", "for=_hidden, for=10.0.0.8")))
        .isEqualTo("10.0.0.8");
  }

  @Test
  void cidrsMatchByPrefixForBothFamilies() throws Exception {
    Cidr v4 = Cidr.parse("172.16.0.0/12");
    assertThat(v4.contains(InetAddress.getByName("172.31.255.255"))).isTrue();
    assertThat(v4.contains(InetAddress.getByName("172.32.0.0"))).isFalse();
    assertThat(v4.contains(InetAddress.getByName("::ffff:172.20.0.1"))).isTrue();
    assertThat(v4.contains(InetAddress.getByName("2001:db8::1"))).isFalse();

    Cidr v6 = Cidr.parse("2001:db8:abcd::/48");
    assertThat(v6.contains(InetAddress.getByName("2001:db8:abcd:ffff::1"))).isTrue();
    assertThat(v6.contains(InetAddress.getByName("2001:db8:abce::1"))).isFalse();
    assertThat(v6.contains(InetAddress.getByName("172.20.0.1"))).isFalse();

    assertThat(Cidr.parse("0.0.0.0/0").contains(InetAddress.getByName("8.8.8.8"))).isTrue();
    assertThat(Cidr.parse("192.168.1.7").contains(InetAddress.getByName("192.168.1.8"))).isFalse();
    assertThat(Cidr.parse("10.1.2.3/8")).isEqualTo(Cidr.parse("10.0.0.0/8"));
  }

  @Test
  void aBadSettingFailsWithTheValueNamed() {
    for (String bad : List.of("10.0.0.0/33", "fd00::/129", "proxy.internal", "10.0.0.0/x", "10")) {
      assertThatThrownBy(() -> Cidr.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("COACH_TRUSTED_PROXIES")
          .hasMessageContaining(bad);
    }
    assertThatThrownBy(
            () ->
                new RateLimitProperties(
                    true,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    5,
                    List.of("10.0.0.0/8", "nonsense")))
        .hasMessageContaining("nonsense");
  }
}
