package org.careercoach.desktop.service.api;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The sync server's address, checked: HTTPS for any server not on this computer, plain HTTP only to
 * loopback, where nothing crosses a network.
 *
 * @param url the base URL, ending in a slash
 */
public record ServerAddress(HttpUrl url) {

  public ServerAddress {
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(plainHttpRefused(url.host()));
    }
  }

  /**
   * Reads what a user typed: {@code coach.example.com} means {@code https://coach.example.com}.
   *
   * @throws IllegalArgumentException with a message for the user when it is not a usable address
   */
  public static ServerAddress parse(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      throw new IllegalArgumentException(
          "Enter the server's address, for example https://coach.example.com.");
    }
    if (!typed.contains("://")) {
      typed = (isLoopback(hostOf(typed)) ? "http://" : "https://") + typed;
    }
    String scheme = typed.substring(0, typed.indexOf("://")).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "A server address starts with https:// (not " + scheme + "://).");
    }
    HttpUrl url = HttpUrl.parse(typed);
    if (url == null) {
      throw new IllegalArgumentException(
          "\"" + text.strip() + "\" is not a web address; check for typing mistakes.");
    }
    if (url.query() != null || url.fragment() != null || url.username().length() > 0) {
      throw new IllegalArgumentException(
          "A server address has no user name, ? or # part: use only https://host[:port][/path].");
    }
    String path = url.encodedPath().endsWith("/") ? url.encodedPath() : url.encodedPath() + "/";
    return new ServerAddress(url.newBuilder().encodedPath(path).build());
  }

  /**
   * Whether plain HTTP may go to this host: this computer only. No name lookup is made here: the
   * app's client resolves {@code *.localhost} to loopback itself ({@link LoopbackNames}).
   */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost")
        || h.endsWith(".localhost")
        || h.equals("::1")
        || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127(\\.\\d{1,3}){3}");
  }

  static String plainHttpRefused(String host) {
    return "Plain HTTP is only allowed to this computer. Use https://"
        + host
        + " so that your password and sign-in stay encrypted on the way.";
  }

  private static String hostOf(String withoutScheme) {
    String host = withoutScheme.split("[/?#]", 2)[0];
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** The URL of an API path such as {@code api/v1/auth/login}. */
  public HttpUrl resolve(String path) {
    return url.newBuilder().addPathSegments(path).build();
  }

  @Override
  public String toString() {
    String text = url.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }
}
