package org.careercoach.server.auth;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.careercoach.server.email.EmailTemplates;
import org.careercoach.server.email.LinkTokens;
import org.careercoach.server.users.User;
import org.careercoach.server.users.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The outbox's view of the tokens in its links: whether they still work, and fresh ones. */
@Component
class EmailLinks implements LinkTokens {

  private final AccountTokens tokens;
  private final UserService users;
  private final AuthProperties properties;

  EmailLinks(AccountTokens tokens, UserService users, AuthProperties properties) {
    this.tokens = tokens;
    this.users = users;
    this.properties = properties;
  }

  @Override
  public Set<String> liveAmong(Collection<String> candidates) {
    return tokens.liveAmong(candidates);
  }

  @Override
  @Transactional
  public Optional<String> renew(UUID userId, String kind) {
    Optional<User> user = users.find(userId).filter(u -> !u.disabled());
    if (user.isEmpty()) {
      return Optional.empty();
    }
    return switch (kind) {
      case EmailTemplates.WELCOME, EmailTemplates.VERIFY_EMAIL ->
          user.get().emailVerified()
              ? Optional.empty()
              : Optional.of(
                  tokens.issue(
                      userId,
                      AccountTokens.Purpose.VERIFY_EMAIL,
                      properties.verificationTokenLifetime()));
      case EmailTemplates.PASSWORD_RESET ->
          Optional.of(
              tokens.issue(
                  userId, AccountTokens.Purpose.RESET_PASSWORD, properties.resetTokenLifetime()));
      default -> Optional.empty();
    };
  }
}
