package org.careercoach.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.model.api.TokenPair;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.ServerIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerIT
class AdminIT {

  @LocalServerPort int port;
  Api api;
  String admin;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    admin = api.adminToken();
  }

  @Test
  void theConfiguredOperatorIsAnAdmin() {
    Api.Response me = api.get("/api/v1/me", admin);

    assertThat(me.body().get("roles").toString()).contains("ADMIN");
  }

  @Test
  void disablingAUserEndsTheirSessionsAtOnceAndRefusesSignIn() {
    String email = Accounts.email("disabled");
    TokenPair user = api.register(email, Accounts.PASSWORD, "To Disable");
    String id = api.get("/api/v1/me", user.accessToken()).body().get("id").asString();

    assertThat(api.post("/api/v1/admin/users/" + id + "/disable", Map.of(), admin).status())
        .isEqualTo(204);

    assertThat(api.get("/api/v1/me", user.accessToken()).status()).isEqualTo(401);
    assertThat(api.refresh(user.refreshToken()).status()).isEqualTo(401);
    Api.Response login =
        api.post("/api/v1/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
    assertThat(login.status()).isEqualTo(403);
    assertThat(login.body().get("type").asString()).endsWith("account-disabled");

    assertThat(api.post("/api/v1/admin/users/" + id + "/enable", Map.of(), admin).status())
        .isEqualTo(204);
    assertThat(api.login(email, Accounts.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void usersAreListedNewestFirstInPages() {
    String email = Accounts.email("listed");
    api.register(email, Accounts.PASSWORD, "Listed");

    Api.Response page = api.get("/api/v1/admin/users?page=0&size=5", admin);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body().get("items").get(0).get("email").asString()).isEqualTo(email);
    assertThat(page.body().get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(page.body().get("items").get(0).has("passwordHash")).isFalse();
  }

  @Test
  void aPlainUserGetsForbiddenProblemJson() {
    TokenPair user = api.register(Accounts.email("plain"), Accounts.PASSWORD, "Plain");

    Api.Response denied = api.get("/api/v1/admin/users", user.accessToken());

    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.contentType()).isEqualTo("application/problem+json");
  }

  @Test
  void unknownIdsAndBadPagesAnswerClearly() {
    assertThat(
            api.post(
                    "/api/v1/admin/users/00000000-0000-0000-0000-000000000000/disable",
                    Map.of(),
                    admin)
                .status())
        .isEqualTo(404);
    assertThat(api.post("/api/v1/admin/users/not-an-id/disable", Map.of(), admin).status())
        .isEqualTo(400);
    assertThat(api.get("/api/v1/admin/users?size=100000", admin).status()).isEqualTo(400);
  }
}
