package org.careercoach.server.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the console's cookie on every console request and, while its session lives, makes its
 * account the request's principal with the roles the account has now (a demoted admin loses the
 * console on their next click, not at their next sign-in).
 */
class ConsoleAuthenticationFilter extends OncePerRequestFilter {

  static final String COOKIE = "coach_console";

  private final ConsoleCookies cookies;

  ConsoleAuthenticationFilter(ConsoleCookies cookies) {
    this.cookies = cookies;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    cookieOf(request)
        .flatMap(cookies::resolve)
        .ifPresent(
            signedIn ->
                SecurityContextHolder.getContext()
                    .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                            signedIn.account(),
                            null,
                            signedIn.roles().stream()
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                                .toList())));
    chain.doFilter(request, response);
  }

  static Optional<String> cookieOf(HttpServletRequest request) {
    Cookie[] all = request.getCookies();
    if (all == null) {
      return Optional.empty();
    }
    for (Cookie cookie : all) {
      if (COOKIE.equals(cookie.getName())) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }
}
