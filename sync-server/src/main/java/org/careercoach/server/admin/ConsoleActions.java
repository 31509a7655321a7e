package org.careercoach.server.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.careercoach.server.auth.ClientAddresses;
import org.careercoach.server.auth.ConsoleAccount;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an admin's change and its audit entry in one transaction: no change without its entry, no
 * entry for a change that was refused (the refusal, an ApiProblem, reaches {@link
 * ConsoleProblems}).
 */
@Component
class ConsoleActions {

  private final AuditLog audit;
  private final ClientAddresses addresses;
  private final TransactionTemplate transaction;

  ConsoleActions(AuditLog audit, ClientAddresses addresses, TransactionTemplate transaction) {
    this.audit = audit;
    this.addresses = addresses;
    this.transaction = transaction;
  }

  void run(
      HttpServletRequest request, String action, String target, String detail, Runnable change) {
    transaction.executeWithoutResult(
        tx -> {
          change.run();
          audit.record(actor(), addresses.of(request), action, target, detail);
        });
  }

  /** The signed-in admin (the console's chain let nobody else this far). */
  static ConsoleAccount actor() {
    return (ConsoleAccount) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
  }
}
