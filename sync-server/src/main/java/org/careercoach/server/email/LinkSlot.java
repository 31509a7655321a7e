package org.careercoach.server.email;

/**
 * Where the account token of a message's link goes. The outbox stores bodies with this slot in
 * place of the token and the token beside them, only until the message is sent; the slot is filled
 * with the token to send it (or to show a captured message while its link works) and with a mask
 * everywhere else. The slot holds control characters, which no name, address or link can.
 */
final class LinkSlot {

  /** Also written by migration V6 ({@code chr(26) || 'link-token' || chr(26)}). */
  static final String SLOT = "\u001Alink-token\u001A";

  /** What admins see instead of a token. */
  static final String MASK = "********";

  private LinkSlot() {}

  static String hide(String body, String token) {
    return token == null ? body : body.replace(token, SLOT);
  }

  static String fill(String body, String token) {
    return body.replace(SLOT, token == null ? MASK : token);
  }
}
