package org.careercoach.desktop.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The device token: kept per server and account beside the refresh token, shown at sign-in. */
class DeviceTokenTest {

  private static final String PROFILE =
      "{\"id\":\"6f1c1c1e-0000-4000-8000-000000000001\",\"email\":\"ana@example.com\","
          + "\"name\":\"Ana\",\"roles\":[\"USER\"],\"emailVerified\":true}";

  private final MockWebServer server = new MockWebServer();
  private final MemorySecretStore keychain = new MemorySecretStore();
  private ServerAddress address;
  private AccountService account;

  @BeforeEach
  void start() throws IOException {
    server.start();
    address = ServerAddress.parse(server.url("/").toString());
    account =
        new AccountService(
            HttpClients.create(), address, keychain, Clock.systemUTC(), () -> "Ana's laptop");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private void answerSignIn(String deviceToken) {
    server.enqueue(
        json(
            200,
            "{\"accessToken\":\"a.b.c\",\"refreshToken\":\"refresh-1\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":900"
                + (deviceToken == null ? "" : ",\"deviceToken\":\"" + deviceToken + "\"")
                + "}"));
    server.enqueue(json(200, PROFILE));
  }

  private JsonNode nextBody() throws InterruptedException {
    RecordedRequest request = server.takeRequest();
    JsonNode body = CoachJson.mapper().readTree(request.getBody().utf8());
    server.takeRequest(); // GET /me
    return body;
  }

  @Test
  void theFirstSignInSendsTheComputersNameAndKeepsTheDeviceTokenItGets() throws Exception {
    answerSignIn("device-1");
    account.signIn("Ana@Example.com", "a long and unusual passphrase");

    JsonNode sent = nextBody();
    assertThat(sent.get("deviceName").asString()).isEqualTo("Ana's laptop");
    assertThat(sent.has("deviceToken")).isFalse();
    assertThat(keychain.read(AccountService.deviceTokenName(address, "ana@example.com")))
        .contains("device-1");
  }

  @Test
  void laterSignInsPresentTheKeptTokenAndKeepTheNewOneEvenAfterSigningOut() throws Exception {
    answerSignIn("device-1");
    account.signIn("ana@example.com", "a long and unusual passphrase");
    nextBody();
    server.enqueue(new MockResponse.Builder().code(204).build());
    account.signOut();
    server.takeRequest(); // logout

    answerSignIn("device-2");
    account.signIn(" ANA@example.com", "a long and unusual passphrase");

    assertThat(nextBody().get("deviceToken").asString()).isEqualTo("device-1");
    assertThat(keychain.read(AccountService.deviceTokenName(address, "ana@example.com")))
        .contains("device-2");
  }

  @Test
  void eachAccountAndServerHasItsOwnDeviceToken() throws Exception {
    keychain.write(AccountService.deviceTokenName(address, "bo@example.com"), "bos-device");
    keychain.write(
        AccountService.deviceTokenName(
            ServerAddress.parse("https://other.example"), "ana@example.com"),
        "other-server-device");

    answerSignIn(null);
    account.signIn("ana@example.com", "a long and unusual passphrase");

    assertThat(nextBody().has("deviceToken")).isFalse();
    // An answer without a device token (an older server) leaves the keychain as it was.
    assertThat(keychain.read(AccountService.deviceTokenName(address, "ana@example.com"))).isEmpty();
  }

  @Test
  void creatingAnAccountNamesTheDeviceAndKeepsItsToken() throws Exception {
    server.enqueue(
        json(
            201,
            "{\"accessToken\":\"a.b.c\",\"refreshToken\":\"r\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":900,\"deviceToken\":\"device-new\"}"));
    server.enqueue(json(200, PROFILE));

    account.createAccount("Ana", "ana@example.com", "a long and unusual passphrase");

    JsonNode sent = nextBody();
    assertThat(sent.get("deviceName").asString()).isEqualTo("Ana's laptop");
    assertThat(keychain.read(AccountService.deviceTokenName(address, "ana@example.com")))
        .contains("device-new");
  }

  @Test
  void theComputersNameComesFromTheEnvironmentOrTheHostAndIsAlwaysAcceptable() {
    assertThat(DeviceName.choose(Map.of("COMPUTERNAME", "ANA-PC"), () -> "host"))
        .isEqualTo("ANA-PC");
    assertThat(DeviceName.choose(Map.of("HOSTNAME", "ana-laptop"), () -> "host"))
        .isEqualTo("ana-laptop");
    assertThat(DeviceName.choose(Map.of(), () -> "ana.local")).isEqualTo("ana.local");
    assertThat(DeviceName.choose(Map.of("HOSTNAME", " \t"), () -> null))
        .isEqualTo(DeviceName.FALLBACK);
    assertThat(DeviceName.choose(Map.of(), () -> "localhost")).isEqualTo(DeviceName.FALLBACK);
    assertThat(DeviceName.clean("bad\u0000name\n")).isEqualTo("badname");
    assertThat(DeviceName.clean("x".repeat(300))).hasSize(DeviceName.MAX_LENGTH);
  }
}
