package org.careercoach.server.auth;

import org.careercoach.model.api.LoginRequest;
import org.careercoach.server.config.ApiProblem;

/** The optional name a client gives its device at sign-in: shown in the session list. */
final class DeviceNames {

  static final int MAX_LENGTH = LoginRequest.DEVICE_NAME_MAX_LENGTH;

  private DeviceNames() {}

  /** The trimmed name, null when none was given; 400 if too long or not printable text. */
  static String clean(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
      throw ApiProblem.invalid("deviceName", "must be at most " + MAX_LENGTH + " characters");
    }
    if (!stripped.codePoints().allMatch(LoginRequest::allowedInDeviceName)) {
      throw ApiProblem.invalid("deviceName", "must be printable text, on one line");
    }
    return stripped;
  }
}
