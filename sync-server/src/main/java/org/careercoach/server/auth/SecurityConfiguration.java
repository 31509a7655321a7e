package org.careercoach.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.careercoach.server.config.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every request's check: a bearer JWT through Spring Security's resource server, HS256 pinned, at
 * most 5 s of clock skew, and a session that is still active (so sign-out, password changes and
 * disabling take effect at once). Failures answer problem+json.
 */
@EnableConfigurationProperties({AuthProperties.class, RateLimitProperties.class})
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** Endpoints that take no access token; a stale token sent to them is ignored, not refused. */
  private static final String[] PUBLIC_AUTH = {
    "/api/v1/auth/register",
    "/api/v1/auth/login",
    "/api/v1/auth/refresh",
    "/api/v1/auth/logout",
    "/api/v1/auth/verify-email",
    "/api/v1/auth/password-reset/request",
    "/api/v1/auth/password-reset/confirm"
  };

  @Bean
  @ConditionalOnWebApplication
  SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, ProblemWriter problems)
      throws Exception {
    AuthenticationEntryPoint signIn =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Bearer");
          ProblemDetail problem =
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.UNAUTHORIZED,
                  "Sign in: the access token is missing, invalid, expired or revoked.");
          problem.setTitle("Unauthorized");
          problem.setType(org.careercoach.server.config.ApiProblem.typeUri("unauthorized"));
          problems.write(response, problem);
        };
    AccessDeniedHandler forbidden =
        (request, response, e) -> {
          ProblemDetail problem =
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.FORBIDDEN, "This account may not do that.");
          problem.setTitle("Forbidden");
          problem.setType(org.careercoach.server.config.ApiProblem.typeUri("forbidden"));
          problems.write(response, problem);
        };
    http.csrf(csrf -> csrf.disable())
        .headers(SecurityConfiguration::strictHeaders)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(HttpMethod.POST, PUBLIC_AUTH)
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.GET,
                        "/reset-password",
                        "/reset-password.html",
                        "/verify-email",
                        "/verify-email.html",
                        "/assets/**")
                    .permitAll()
                    .requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/error")
                    .permitAll()
                    .requestMatchers("/api/v1/admin/**", "/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .oauth2ResourceServer(
            oauth ->
                oauth
                    .bearerTokenResolver(ignoringPublicEndpoints())
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesFromClaim()))
                    .authenticationEntryPoint(signIn)
                    .accessDeniedHandler(forbidden))
        .exceptionHandling(e -> e.authenticationEntryPoint(signIn).accessDeniedHandler(forbidden));
    return http.build();
  }

  /**
   * The headers of every page and answer, the console's included: nothing but our own scripts,
   * styles, images and form targets, no framing, no referrer.
   */
  static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(
            csp ->
                csp.policyDirectives(
                    "default-src 'none'; script-src 'self'; style-src 'self';"
                        + " connect-src 'self'; img-src 'self'; form-action 'self';"
                        + " base-uri 'none'; frame-ancestors 'none'"))
        .referrerPolicy(
            referrer ->
                referrer.policy(
                    org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                        .ReferrerPolicy.NO_REFERRER));
  }

  @Bean
  JwtDecoder jwtDecoder(
      SigningKeys keys, AuthProperties properties, Sessions sessions, Clock clock) {
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withSecretKey(keys.accessTokenKey())
            .macAlgorithm(MacAlgorithm.HS256)
            .build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
    timestamps.setClock(clock);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            timestamps,
            new JwtIssuerValidator(properties.issuer()),
            requiredClaims(properties, clock),
            activeSession(sessions)));
    return decoder;
  }

  /**
   * {@code iat}, {@code exp}, {@code jti} and {@code roles} (a list of names) are required, as
   * {@link AccessTokens} issues them; {@code iat} may not lie in the future beyond the tolerated
   * skew. ({@code iss}, {@code sub} and {@code sid} are checked by the other validators.)
   */
  private static OAuth2TokenValidator<Jwt> requiredClaims(AuthProperties properties, Clock clock) {
    return jwt -> {
      boolean ok =
          jwt.getIssuedAt() != null
              && jwt.getExpiresAt() != null
              && jwt.getId() != null
              && rolesAreNames(jwt.getClaims().get(AccessTokens.ROLES_CLAIM))
              && !jwt.getIssuedAt().isAfter(clock.instant().plus(properties.clockSkew()));
      return ok
          ? OAuth2TokenValidatorResult.success()
          : invalid("iat, exp, jti and roles are required");
    };
  }

  private static boolean rolesAreNames(Object roles) {
    return roles instanceof java.util.Collection<?> names
        && names.stream().allMatch(String.class::isInstance);
  }

  /** The token's session must still be active and its user enabled: revocation is immediate. */
  private static OAuth2TokenValidator<Jwt> activeSession(Sessions sessions) {
    return jwt -> {
      try {
        UUID sessionId = UUID.fromString(jwt.getClaimAsString(AccessTokens.SESSION_CLAIM));
        UUID userId = UUID.fromString(jwt.getClaimAsString(JwtClaimNames.SUB));
        return sessions.isActive(sessionId, userId)
            ? OAuth2TokenValidatorResult.success()
            : invalid("the session has ended");
      } catch (IllegalArgumentException | NullPointerException malformed) {
        return invalid("sub and sid must be ids");
      }
    };
  }

  private static OAuth2TokenValidatorResult invalid(String why) {
    return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", why, null));
  }

  private static JwtAuthenticationConverter rolesFromClaim() {
    JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
    authorities.setAuthoritiesClaimName(AccessTokens.ROLES_CLAIM);
    authorities.setAuthorityPrefix("ROLE_");
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }

  private static BearerTokenResolver ignoringPublicEndpoints() {
    DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
    java.util.Set<String> open = java.util.Set.of(PUBLIC_AUTH);
    return (HttpServletRequest request) ->
        open.contains(request.getRequestURI()) ? null : bearer.resolve(request);
  }
}
