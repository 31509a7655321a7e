package org.careercoach.desktop.ui.common;

import java.io.IOException;
import java.lang.System.Logger.Level;
import org.careercoach.desktop.service.account.SessionEndedException;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.api.ProblemMessages;
import org.careercoach.desktop.service.connectivity.ConnectivityService;
import org.careercoach.desktop.service.session.SessionService;
import org.careercoach.model.api.FieldError;

/**
 * Shows why a network action failed, in the form that ran it, and tells the session (ended) or the
 * connectivity service (unreachable) what follows.
 */
public final class ActionFailures {

  private static final System.Logger log = System.getLogger(ActionFailures.class.getName());

  private final SessionService session;
  private final ConnectivityService connectivity;

  public ActionFailures(SessionService session, ConnectivityService connectivity) {
    this.session = session;
    this.connectivity = connectivity;
  }

  public void show(Throwable failure, FieldErrors errors) {
    if (failure instanceof SessionEndedException ended) {
      session.signedOut(ended.getMessage());
    } else if (failure instanceof ApiException refused) {
      showRefusal(refused, errors);
    } else if (failure.getCause() instanceof ApiException refused) {
      // The server answered a token refresh with a refusal other than "signed out" (429, 5xx).
      showRefusal(refused, errors);
    } else if (failure instanceof IOException unreachable) {
      errors.setForm(
          "Can't reach the server ("
              + reason(unreachable)
              + "). Check your connection; the app keeps trying.");
      connectivity.unreachable(reason(unreachable));
    } else {
      log.log(Level.ERROR, "Unexpected failure", failure);
      errors.setForm("Something went wrong: " + reason(failure) + ". Please try again.");
    }
  }

  private static void showRefusal(ApiException refused, FieldErrors errors) {
    boolean placed = false;
    StringBuilder others = new StringBuilder();
    for (FieldError error : refused.fieldErrors()) {
      if (errors.has(error.field())) {
        errors.set(error.field(), capitalised(error.message()) + ".");
        placed = true;
      } else {
        others.append(ProblemMessages.sentence(error)).append(' ');
      }
    }
    if (!placed) {
      errors.setForm(refused.getMessage());
    } else if (!others.isEmpty()) {
      errors.setForm(others.toString().strip());
    }
  }

  /** "must be at least 10 characters" → "Must be …"; "is one of …" → "This is one of …". */
  private static String capitalised(String message) {
    if (message.isEmpty()) {
      return message;
    }
    if (message.startsWith("is ")) {
      return "This " + message;
    }
    return Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private static String reason(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
  }
}
