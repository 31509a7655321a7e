package org.careercoach.server.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.careercoach.server.config.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A console page's refusals as a page of the console (the API's handler would answer JSON): the
 * status, the reason in words and a way back. Nothing was changed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleProblems {

  @ExceptionHandler(ApiProblem.class)
  String refused(ApiProblem problem, HttpServletResponse response, Model model) {
    return page(response, model, problem.status().value(), problem.getMessage());
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class
  })
  String malformed(Exception e, HttpServletResponse response, Model model) {
    return page(response, model, 400, "That address or form is not one the console makes.");
  }

  private static String page(HttpServletResponse response, Model model, int status, String why) {
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("reason", why);
    model.addAttribute("me", ConsoleActions.actor());
    return "admin/refused";
  }
}
