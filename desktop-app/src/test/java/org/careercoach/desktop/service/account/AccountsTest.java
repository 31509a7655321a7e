package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.junit.jupiter.api.Test;

class AccountsTest {

  private final MemorySecretStore keychain = new MemorySecretStore();
  private final ServerAddress server = ServerAddress.parse("http://127.0.0.1:9");

  @Test
  void aUserQuickerThanTheKeychainWaitsForItAndKeepsTheSameAccount() throws Exception {
    Accounts accounts =
        new Accounts(HttpClients::create, () -> keychain, server, Clock.systemUTC());

    AccountService usedBeforeOpening = accounts.current();
    Accounts.Opened opened = accounts.open();

    assertThat(accounts.current()).isSameAs(usedBeforeOpening);
    assertThat(accounts.open()).isSameAs(opened);
    assertThat(opened.resumed()).isFalse();
  }

  @Test
  void switchingServersMakesANewAccountThatPicksUpItsOwnSignIn() throws Exception {
    ServerAddress other = ServerAddress.parse("http://localhost:9");
    keychain.write(AccountService.secretName(other), "kept");
    Accounts accounts =
        new Accounts(HttpClients::create, () -> keychain, server, Clock.systemUTC());
    AccountService first = accounts.current();

    Accounts.Opened opened = accounts.useServer(other);

    assertThat(opened.resumed()).isTrue();
    assertThat(accounts.current()).isNotSameAs(first);
    assertThat(accounts.server()).isEqualTo(other);
  }
}
