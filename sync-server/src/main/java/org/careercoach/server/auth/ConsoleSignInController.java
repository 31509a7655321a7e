package org.careercoach.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careercoach.server.config.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's sign-in and sign-out pages. Sign-in goes through the API's own checks ({@link
 * AuthService#consoleSignIn}): the same password check, limits per address and lockout per account.
 */
@Controller
class ConsoleSignInController {

  static final String REFUSAL = ConsoleSignInController.class.getName() + ".refusal";
  private static final int MAX_EMAIL = 254;

  private final AuthService auth;
  private final ConsoleCookies cookies;
  private final ClientAddresses addresses;

  ConsoleSignInController(AuthService auth, ConsoleCookies cookies, ClientAddresses addresses) {
    this.auth = auth;
    this.cookies = cookies;
    this.addresses = addresses;
  }

  @GetMapping(ConsoleSecurityConfiguration.SIGN_IN)
  String signInPage(@RequestParam(required = false) String signedOut, Model model) {
    if (isAdmin()) {
      return "redirect:/admin";
    }
    model.addAttribute("signedOut", signedOut != null);
    return "admin/sign-in";
  }

  @PostMapping(ConsoleSecurityConfiguration.SIGN_IN)
  String signIn(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    String address = email.strip();
    try {
      if (address.isEmpty() || address.length() > MAX_EMAIL || password.isEmpty()) {
        throw new ApiProblem(
            HttpStatus.BAD_REQUEST,
            "validation",
            "Sign-in failed",
            "Enter your email and password.");
      }
      String token = auth.consoleSignIn(address, password, addresses.of(request));
      response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, request.isSecure(), -1));
      return "redirect:/admin";
    } catch (ApiProblem problem) {
      response.setStatus(problem.status().value());
      if (problem.retryAfterHeader() != null) {
        response.setHeader(HttpHeaders.RETRY_AFTER, problem.retryAfterHeader());
      }
      model.addAttribute("error", problem.getMessage());
      model.addAttribute("email", address.length() > MAX_EMAIL ? "" : address);
      model.addAttribute("signedOut", false);
      return "admin/sign-in";
    }
  }

  @PostMapping("/admin/sign-out")
  String signOut(HttpServletRequest request, HttpServletResponse response) {
    ConsoleAuthenticationFilter.cookieOf(request).ifPresent(cookies::close);
    response.addHeader(HttpHeaders.SET_COOKIE, cookie("", request.isSecure(), 0));
    return "redirect:" + ConsoleSecurityConfiguration.SIGN_IN + "?signedOut";
  }

  /** Any method: the access-denied handler forwards here whatever the refused request was. */
  @RequestMapping(ConsoleSecurityConfiguration.FORBIDDEN)
  String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    model.addAttribute("refusal", String.valueOf(request.getAttribute(REFUSAL)));
    model.addAttribute("signedIn", signedIn());
    return "admin/forbidden";
  }

  private static String cookie(String value, boolean secure, long maxAge) {
    return ResponseCookie.from(ConsoleAuthenticationFilter.COOKIE, value)
        .httpOnly(true)
        .secure(secure)
        .sameSite("Strict")
        .path("/admin")
        .maxAge(maxAge)
        .build()
        .toString();
  }

  private static boolean signedIn() {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    return current != null && current.getPrincipal() instanceof ConsoleAccount;
  }

  private static boolean isAdmin() {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    return signedIn()
        && current.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
  }
}
