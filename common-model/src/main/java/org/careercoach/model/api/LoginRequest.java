package org.careercoach.model.api;

/**
 * POST /auth/login. {@code deviceName} (optional) names this computer in the list of sessions;
 * {@code deviceToken} (optional) is the token an earlier sign-in on this device answered: with it,
 * others' failed guesses never lock this device out.
 */
public record LoginRequest(String email, String password, String deviceName, String deviceToken) {

  /** The longest device name the server takes, in code points. */
  public static final int DEVICE_NAME_MAX_LENGTH = 100;

  /**
   * Whether a character may stand in a device name: printable text on one line. The server refuses
   * any other, and the desktop leaves them out of the computer's name before sending it.
   */
  public static boolean allowedInDeviceName(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED ->
          false;
      default -> true;
    };
  }

  public LoginRequest(String email, String password) {
    this(email, password, null, null);
  }

  /** Keeps the password and the device token out of logs and exception messages. */
  @Override
  public String toString() {
    return "LoginRequest[email=" + email + ", deviceName=" + deviceName + "]";
  }
}
