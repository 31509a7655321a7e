package org.careercoach.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServerIT
class AccountDeletionIT {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void deletingTheAccountRemovesEveryRowItOwns() {
    Api api = new Api(port);
    String email = Accounts.email("delete");
    TokenPair tokens = api.register(email, Accounts.PASSWORD, "Leaving");
    api.login(email, Accounts.PASSWORD);
    UUID id =
        UUID.fromString(api.get("/api/v1/me", tokens.accessToken()).body().get("id").asString());
    assertThat(rows(id)).isPositive();

    Api.Response deleted =
        api.delete("/api/v1/me", Map.of("password", Accounts.PASSWORD), tokens.accessToken());

    assertThat(deleted.status()).isEqualTo(204);
    assertThat(rows(id)).isZero();
    assertThat(api.get("/api/v1/me", tokens.accessToken()).status()).isEqualTo(401);
    assertThat(api.refresh(tokens.refreshToken()).status()).isEqualTo(401);
    assertThat(
            api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD))
                .status())
        .isEqualTo(401);
  }

  @Test
  void deletingNeedsThePassword() {
    Api api = new Api(port);
    TokenPair tokens = api.register(Accounts.email("keep"), Accounts.PASSWORD, "Staying");

    Api.Response refused =
        api.delete("/api/v1/me", Map.of("password", "not the password"), tokens.accessToken());

    assertThat(refused.status()).isEqualTo(400);
    assertThat(api.get("/api/v1/me", tokens.accessToken()).status()).isEqualTo(200);
  }

  private long rows(UUID userId) {
    return jdbc.sql(
            """
            select (select count(*) from users where id = :id)
                 + (select count(*) from sessions where user_id = :id)
                 + (select count(*) from refresh_tokens t join sessions s on s.id = t.session_id
                    where s.user_id = :id)
                 + (select count(*) from account_tokens where user_id = :id)
                 + (select count(*) from email_outbox where user_id = :id)
                 + (select count(*) from resumes where owner_id = :id)
                 + (select count(*) from deleted_resumes where owner_id = :id)
            """)
        .param("id", userId)
        .query(Long.class)
        .single();
  }
}
