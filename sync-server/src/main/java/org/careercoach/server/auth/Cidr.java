package org.careercoach.server.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** A block of IPv4 or IPv6 addresses, such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
record Cidr(byte[] network, int prefix) {

  /** Literal addresses only: a host name here must never cost a DNS lookup. */
  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  /** {@code address/prefix}, or a single address; throws for anything else. */
  static Cidr parse(String text) {
    String value = text.strip();
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    byte[] bytes =
        literal(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "COACH_TRUSTED_PROXIES: \"" + text + "\" is not an IP address or CIDR"))
            .getAddress();
    int prefix;
    try {
      prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
    } catch (NumberFormatException e) {
      prefix = -1;
    }
    if (prefix < 0 || prefix > bytes.length * 8) {
      throw new IllegalArgumentException(
          "COACH_TRUSTED_PROXIES: \"" + text + "\" has a prefix length out of range");
    }
    return new Cidr(mask(bytes, prefix), prefix);
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return bytes.length == network.length && java.util.Arrays.equals(mask(bytes, prefix), network);
  }

  /**
   * An IP literal (IPv4, IPv6, IPv4-mapped IPv6 as IPv4), or empty for anything else, with no name
   * lookup.
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null || text.isEmpty() || text.length() > 45 || !LITERAL.matcher(text).matches()) {
      return Optional.empty();
    }
    if (text.indexOf(':') < 0 && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty(); // InetAddress would read "10" or "1.2" as shorthand IPv4
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static byte[] mask(byte[] address, int prefix) {
    byte[] masked = address.clone();
    for (int i = 0; i < masked.length; i++) {
      int bits = Math.max(0, Math.min(8, prefix - i * 8));
      masked[i] &= (byte) (0xFF << (8 - bits));
    }
    return masked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cidr other
        && prefix == other.prefix
        && java.util.Arrays.equals(network, other.network);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Arrays.hashCode(network) + prefix;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
