package org.careercoach.server.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.Role;
import org.careercoach.server.config.ApiProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts: registration, credentials, profile, standing. */
@Service
public class UserService {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final AdminBootstrap.AdminProperties admin;

  UserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      ApplicationEventPublisher events,
      Clock clock,
      AdminBootstrap.AdminProperties admin) {
    this.admin = admin;
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.events = events;
    this.clock = clock;
  }

  /** Creates an account; 400 naming the fields at fault, 409 when the email is taken. */
  @Transactional
  public User register(String email, String password, String name) {
    List<FieldError> errors = new ArrayList<>();
    AccountInput.emailProblem(email).ifPresent(m -> errors.add(new FieldError("email", m)));
    AccountInput.nameProblem(name).ifPresent(m -> errors.add(new FieldError("name", m)));
    policy.problem(password, email).ifPresent(m -> errors.add(new FieldError("password", m)));
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    User user =
        new User(
            UUID.randomUUID(),
            AccountInput.normalizeEmail(email),
            name.strip(),
            EnumSet.of(Role.USER),
            false,
            false,
            clock.instant());
    if (!users.insert(user, hasher.hash(password))) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "email-taken",
          "Email already registered",
          "An account with this email exists. Sign in, or reset its password.");
    }
    return user;
  }

  /**
   * The account these credentials open, if any. An unknown email costs the same hashing time as a
   * wrong password, so the answer's timing does not reveal which accounts exist.
   */
  public Optional<User> verifyCredentials(String email, String password) {
    if (password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4) {
      return Optional.empty();
    }
    Optional<UserRepository.Stored> stored = users.findByEmail(AccountInput.normalizeEmail(email));
    if (stored.isEmpty()) {
      hasher.matchDecoy(password);
      return Optional.empty();
    }
    return hasher.matches(password, stored.get().passwordHash())
        ? Optional.of(stored.get().user())
        : Optional.empty();
  }

  public Optional<User> find(UUID id) {
    return users.findById(id).map(UserRepository.Stored::user);
  }

  public Optional<User> findByEmail(String email) {
    return users.findByEmail(AccountInput.normalizeEmail(email)).map(UserRepository.Stored::user);
  }

  /** The signed-in user's own account; one that has just been deleted answers 404. */
  public User require(UUID id) {
    return find(id).orElseThrow(UserService::notFound);
  }

  @Transactional
  public User rename(UUID id, String name) {
    AccountInput.nameProblem(name)
        .ifPresent(
            m -> {
              throw ApiProblem.invalid("name", m);
            });
    if (!users.rename(id, name.strip())) {
      throw notFound();
    }
    return require(id);
  }

  /** Changes the password after checking the current one; other sessions end, this one stays. */
  @Transactional
  public void changePassword(UUID id, String current, String newPassword, UUID currentSession) {
    UserRepository.Stored stored = users.findById(id).orElseThrow(UserService::notFound);
    if (current == null || !hasher.matches(current, stored.passwordHash())) {
      throw ApiProblem.invalid("currentPassword", "is not your current password");
    }
    setPassword(stored.user(), newPassword, "newPassword");
    events.publishEvent(new SessionsInvalidated(id, currentSession, "password changed"));
    events.publishEvent(new PasswordChanged(id));
  }

  /** Sets a new password from a reset link: every session and every other reset link ends. */
  @Transactional
  public void resetPassword(UUID id, String newPassword) {
    User user = require(id);
    setPassword(user, newPassword, "newPassword");
    events.publishEvent(new SessionsInvalidated(id, null, "password reset"));
    events.publishEvent(new PasswordChanged(id));
  }

  @Transactional
  public void markEmailVerified(UUID id) {
    if (!users.setEmailVerified(id)) {
      throw notFound();
    }
  }

  /** Deletes the account and everything it owns, once the password confirms it. */
  @Transactional
  public void delete(UUID id, String password) {
    UserRepository.Stored stored = users.findById(id).orElseThrow(UserService::notFound);
    if (password == null || !hasher.matches(password, stored.passwordHash())) {
      throw ApiProblem.invalid("password", "is not your password");
    }
    events.publishEvent(new AccountDeleting(id));
    users.delete(id);
  }

  /** An admin disables (sessions end at once) or re-enables an account. */
  @Transactional
  public void setDisabled(UUID id, boolean disabled) {
    if (disabled) {
      User user = require(id);
      refuseIfKeeperOfTheConsole(user, "disabled");
    }
    if (!users.setDisabled(id, disabled)) {
      throw notFound();
    }
    if (disabled) {
      events.publishEvent(new SessionsInvalidated(id, null, "account disabled"));
      events.publishEvent(new AccountDisabled(id));
    }
  }

  public Page<User> list(int page, int size) {
    return new Page<>(users.page(page, size), users.count(), page, size);
  }

  /** Every enabled admin: who hears of the console's alerts. */
  public List<User> enabledAdmins() {
    return users.enabledAdminList();
  }

  /** The emails of these accounts, by id; a deleted account is missing. */
  public Map<UUID, String> emailsOf(Collection<UUID> ids) {
    return ids.isEmpty() ? Map.of() : users.emailsOf(ids);
  }

  /** Accounts whose email or name starts with the text (any case); all when it is blank. */
  public Page<User> search(String text, int page, int size) {
    if (text == null || text.isBlank()) {
      return list(page, size);
    }
    return new Page<>(users.search(text, page, size), users.countMatching(text), page, size);
  }

  /**
   * Promotes an account to admin or demotes it. Never demotes the last enabled admin (nobody could
   * open the console again) nor the account {@code COACH_ADMIN_EMAIL} sets up (the next start would
   * make it an admin again): both answer 409 saying why.
   */
  @Transactional
  public void setAdmin(UUID id, boolean admin) {
    User user = require(id);
    Set<Role> roles = EnumSet.copyOf(user.roles());
    if (admin) {
      roles.add(Role.ADMIN);
    } else {
      refuseIfKeeperOfTheConsole(user, "demoted");
      roles.remove(Role.ADMIN);
    }
    users.setRoles(id, roles);
  }

  /** Why this account may not lose the console, or empty when it may. */
  public Optional<String> whyItKeepsTheConsole(User user) {
    if (isConfiguredAdmin(user)) {
      return Optional.of(
          "COACH_ADMIN_EMAIL names this account: the next start would make it an enabled admin"
              + " again. Change that setting first.");
    }
    if (user.roles().contains(Role.ADMIN) && !user.disabled() && users.enabledAdmins() <= 1) {
      return Optional.of("It is the last enabled admin: nobody could open the console after it.");
    }
    return Optional.empty();
  }

  private void refuseIfKeeperOfTheConsole(User user, String change) {
    whyItKeepsTheConsole(user)
        .ifPresent(
            why -> {
              throw new ApiProblem(
                  HttpStatus.CONFLICT,
                  "keeps-the-console",
                  "Cannot be " + change,
                  "This account cannot be " + change + ". " + why);
            });
  }

  private boolean isConfiguredAdmin(User user) {
    return admin.email() != null
        && !admin.email().isBlank()
        && AccountInput.normalizeEmail(admin.email()).equals(user.email());
  }

  /**
   * Makes the configured operator account an admin with the configured password, creating it if
   * missing: the configuration is the operator's word.
   */
  @Transactional
  public User ensureAdmin(String email, String password) {
    AccountInput.emailProblem(email)
        .ifPresent(
            m -> {
              throw new IllegalStateException("COACH_ADMIN_EMAIL " + m);
            });
    policy
        .problem(password, email)
        .ifPresent(
            m -> {
              throw new IllegalStateException("COACH_ADMIN_PASSWORD " + m);
            });
    String normalized = AccountInput.normalizeEmail(email);
    Optional<UserRepository.Stored> existing = users.findByEmail(normalized);
    if (existing.isEmpty()) {
      String name = normalized.substring(0, normalized.indexOf('@'));
      User admin =
          new User(
              UUID.randomUUID(),
              normalized,
              name,
              EnumSet.of(Role.USER, Role.ADMIN),
              true,
              false,
              clock.instant());
      users.insert(admin, hasher.hash(password));
      return admin;
    }
    User user = existing.get().user();
    Set<Role> roles = EnumSet.copyOf(user.roles());
    roles.add(Role.ADMIN);
    users.setRoles(user.id(), roles);
    users.setDisabled(user.id(), false);
    if (!hasher.matches(password, existing.get().passwordHash())) {
      users.setPasswordHash(user.id(), hasher.hash(password));
      events.publishEvent(new SessionsInvalidated(user.id(), null, "admin password set"));
      events.publishEvent(new PasswordChanged(user.id()));
    }
    return require(user.id());
  }

  private void setPassword(User user, String newPassword, String field) {
    policy
        .problem(newPassword, user.email())
        .ifPresent(
            m -> {
              throw ApiProblem.invalid(field, m);
            });
    users.setPasswordHash(user.id(), hasher.hash(newPassword));
  }

  static ApiProblem notFound() {
    return new ApiProblem(
        HttpStatus.NOT_FOUND, "account-not-found", "Account not found", "No such account.");
  }
}
