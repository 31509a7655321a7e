package org.careercoach.server.admin;

import org.careercoach.server.auth.ConsoleAccount;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout shows: who is signed in. */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

  @ModelAttribute("me")
  ConsoleAccount me() {
    return ConsoleActions.actor();
  }
}
