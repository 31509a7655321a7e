package org.careercoach.desktop.service.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.careercoach.model.api.LoginRequest;

/**
 * The name this computer goes by in the account's list of sessions: the computer's name, so a user
 * can tell the laptop from the office PC. Found off the UI thread (a host-name lookup can wait on a
 * slow resolver), once per run.
 */
final class DeviceName {

  static final String FALLBACK = "Career Coach desktop";

  /** The server's limit on a device name. */
  static final int MAX_LENGTH = LoginRequest.DEVICE_NAME_MAX_LENGTH;

  private static volatile String cached;

  private DeviceName() {}

  /** This computer's name; call it off the UI thread. */
  static String ofThisComputer() {
    String name = cached;
    if (name == null) {
      name = choose(System.getenv(), DeviceName::hostName);
      cached = name;
    }
    return name;
  }

  /**
   * {@code COMPUTERNAME} (Windows) or {@code HOSTNAME} (many Unix shells export it), else the host
   * name, else {@link #FALLBACK}; always something the server accepts.
   */
  static String choose(Map<String, String> environment, Supplier<String> hostName) {
    for (String candidate :
        new String[] {environment.get("COMPUTERNAME"), environment.get("HOSTNAME")}) {
      String clean = clean(candidate);
      if (clean != null) {
        return clean;
      }
    }
    String clean = clean(hostName.get());
    return clean == null ? FALLBACK : clean;
  }

  /** Printable, on one line, at most {@link #MAX_LENGTH}; null when nothing useful is left. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder printable = new StringBuilder();
    raw.codePoints()
        .filter(LoginRequest::allowedInDeviceName)
        .limit(MAX_LENGTH)
        .forEach(printable::appendCodePoint);
    String name = printable.toString().strip();
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.isEmpty() || lower.equals("localhost") || lower.startsWith("localhost.")) {
      return null;
    }
    return name;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException | SecurityException e) {
      return null;
    }
  }
}
