package org.careercoach.desktop.service.account;

import java.io.IOException;

/**
 * The session is over: the server refused the refresh token (signed out elsewhere, password
 * changed, token reused) or nobody is signed in. The user has to sign in again.
 */
public final class SessionEndedException extends IOException {

  public SessionEndedException(String message) {
    super(message);
  }
}
