package org.careercoach.desktop.service.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerAddressTest {

  @Test
  void aBareHostMeansHttpsAndThisComputerMeansHttp() {
    assertThat(ServerAddress.parse("coach.example.com").toString())
        .isEqualTo("https://coach.example.com");
    assertThat(ServerAddress.parse("localhost:8080").toString()).isEqualTo("http://localhost:8080");
    assertThat(
            ServerAddress.parse(" https://coach.example.com/base ").resolve("api/v1/me").toString())
        .isEqualTo("https://coach.example.com/base/api/v1/me");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:9",
        "http://127.1.2.3",
        "http://[::1]:8080",
        "http://app.localhost"
      })
  void plainHttpIsAllowedToLoopback(String address) {
    assertThat(ServerAddress.parse(address).url().isHttps()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://coach.example.com",
        "http://192.168.1.10:8080",
        "http://localhost.example.com",
        "http://127.0.0.1.example.com",
        "http://[::2]"
      })
  void plainHttpAcrossANetworkIsRefusedWithTheWayOut(String address) {
    assertThatThrownBy(() -> ServerAddress.parse(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Plain HTTP is only allowed to this computer")
        .hasMessageContaining("Use https://");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "ftp://coach.example.com",
        "https://",
        "https://user@coach.example.com",
        "https://coach.example.com/?x=1",
        "https://coach.example.com/#top"
      })
  void whatIsNotAServerAddressIsRefusedInWords(String address) {
    assertThatThrownBy(() -> ServerAddress.parse(address))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .isNotBlank();
  }
}
