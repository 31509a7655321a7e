package org.careercoach.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The admin console's chain, ahead of the API's: a cookie instead of a bearer token (see {@link
 * ConsoleCookies}), CSRF tokens on every change (double-submit, in a cookie of their own, so no
 * server-side HTTP session exists and any instance answers any click), ADMIN only. An anonymous
 * visitor is sent to the sign-in page; a signed-in USER gets a 403 page; a change without a valid
 * CSRF token gets a 403 page that says so.
 */
@ConditionalOnWebApplication
@EnableConfigurationProperties(ConsoleProperties.class)
@Configuration(proxyBeanMethods = false)
class ConsoleSecurityConfiguration {

  static final String SIGN_IN = "/admin/sign-in";
  static final String FORBIDDEN = "/admin/forbidden";

  @Bean
  @Order(1)
  SecurityFilterChain console(HttpSecurity http, ConsoleCookies cookies) throws Exception {
    CookieCsrfTokenRepository csrfCookies = new CookieCsrfTokenRepository();
    csrfCookies.setCookieName("coach_console_csrf");
    csrfCookies.setCookiePath("/admin");
    csrfCookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict").httpOnly(true));
    http.securityMatcher("/admin", "/admin/**")
        .csrf(csrf -> csrf.csrfTokenRepository(csrfCookies))
        // No HTTP session: the cookie filter sets the principal on every request. Session
        // management is off, since it would take each such request for a new sign-in and renew
        // the CSRF token under the form the page just rendered.
        .sessionManagement(s -> s.disable())
        .securityContext(
            context -> context.securityContextRepository(new NullSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(
            new ConsoleAuthenticationFilter(cookies), AnonymousAuthenticationFilter.class)
        .headers(SecurityConfiguration::strictHeaders)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(SIGN_IN, FORBIDDEN, "/admin/assets/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole("ADMIN"))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                    .accessDeniedHandler(ConsoleSecurityConfiguration::forbidden));
    return http.build();
  }

  /** The 403 page, which says whether the account or the form was refused. */
  private static void forbidden(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, jakarta.servlet.ServletException {
    request.setAttribute(
        ConsoleSignInController.REFUSAL, denied instanceof CsrfException ? "form" : "account");
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    request.getRequestDispatcher(FORBIDDEN).forward(request, response);
  }
}
