package org.careercoach.desktop.service;

/**
 * Whether the sync server could be reached, and if not, why in words.
 *
 * @param online true when the server answered its health check
 * @param reason why it could not be reached; empty when online
 */
public record ServerStatus(boolean online, String reason) {

  public static ServerStatus up() {
    return new ServerStatus(true, "");
  }

  public static ServerStatus down(String reason) {
    return new ServerStatus(false, reason);
  }
}
