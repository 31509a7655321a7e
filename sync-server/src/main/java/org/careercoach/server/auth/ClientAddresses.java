package org.careercoach.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The client's address for per-address limits. Forwarded headers are anyone's to forge, so they
 * count only when the direct peer is a trusted proxy ({@code COACH_TRUSTED_PROXIES}); then the
 * answer is the right-most address of the chain that is not itself a trusted proxy: everything to
 * its left was written by the client and may be a lie. {@code Forwarded} (RFC 7239) wins over
 * {@code X-Forwarded-For} when both are present. Spring's own forwarded-header handling is off
 * ({@code server.forward-headers-strategy=none}) so this is the only place that reads them.
 */
@Component
public class ClientAddresses {

  private final List<Cidr> trusted;

  @Autowired
  ClientAddresses(RateLimitProperties properties) {
    this(properties.trustedProxies());
  }

  ClientAddresses(List<String> trustedProxies) {
    this.trusted = trustedProxies.stream().map(Cidr::parse).toList();
  }

  /** The address to count this request against. */
  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    Optional<InetAddress> peerAddress = Cidr.literal(peer);
    if (peerAddress.isEmpty() || !isTrusted(peerAddress.get())) {
      return peerAddress.map(InetAddress::getHostAddress).orElse(String.valueOf(peer));
    }
    List<String> chain = forwardedFor(request);
    String nearest = peerAddress.get().getHostAddress();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = Cidr.literal(chain.get(i));
      if (hop.isEmpty()) {
        // "unknown" or an obfuscated name: the last proxy we trust is all we know.
        return nearest;
      }
      nearest = hop.get().getHostAddress();
      if (!isTrusted(hop.get())) {
        return nearest;
      }
    }
    return nearest;
  }

  private boolean isTrusted(InetAddress address) {
    for (Cidr cidr : trusted) {
      if (cidr.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The chain of client addresses, left (first client) to right (nearest proxy). */
  private static List<String> forwardedFor(HttpServletRequest request) {
    List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
    List<String> chain = new ArrayList<>();
    if (!forwarded.isEmpty()) {
      for (String header : forwarded) {
        for (String element : header.split(",")) {
          for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("for")) {
              chain.add(hostOf(pair.substring(eq + 1).strip()));
            }
          }
        }
      }
      return chain;
    }
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          chain.add(hostOf(hop.strip()));
        }
      }
    }
    return chain;
  }

  /**
   * Strips quotes, IPv6 brackets and a port: {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}.
   */
  static String hostOf(String node) {
    String value = node;
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      return end > 0 ? value.substring(1, end) : value;
    }
    int colon = value.indexOf(':');
    if (colon > 0 && colon == value.lastIndexOf(':')) {
      return value.substring(0, colon); // IPv4 with a port
    }
    return value;
  }
}
