package org.careercoach.desktop.service.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import okhttp3.Dns;

/**
 * Name lookup that answers {@code localhost} and every {@code *.localhost} name with this
 * computer's loopback addresses, whatever the system's resolver says (RFC 6761, section 6.3, as
 * browsers do). Plain HTTP is allowed to those names because they are this computer; a resolver (or
 * a hosts file) that sent {@code app.localhost} across the network would otherwise carry a password
 * there unencrypted.
 */
public final class LoopbackNames implements Dns {

  private final Dns system;

  public LoopbackNames(Dns system) {
    this.system = system;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    String name = hostname.toLowerCase(Locale.ROOT);
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      byte[] ipv6Loopback = new byte[16];
      ipv6Loopback[15] = 1;
      return List.of(
          InetAddress.getByAddress(hostname, new byte[] {127, 0, 0, 1}),
          InetAddress.getByAddress(hostname, ipv6Loopback));
    }
    return system.lookup(hostname);
  }
}
