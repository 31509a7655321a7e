package org.careercoach.server.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy(new PasswordsProperties(10, 4, 10));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "short           | at least 10",
        "password123     | most common",
        "qwertyuiop      | most common",
        "1234567890      | most common",
        "ana@example.com | your email",
        "ANA.SILVA@example.com | your email",
      })
  void refusesWeakPasswordsSayingWhy(String password, String why) {
    String email = password.contains("@") ? password.toLowerCase() : "someone@example.com";

    assertThat(policy.problem(password, email)).get().asString().contains(why);
  }

  @ParameterizedTest
  @ValueSource(strings = {"correct horse battery", "Tr0ub4dour&3-extended", "ünïcödé pässwörd"})
  void acceptsPasswordsThatAreLongAndUncommon(String password) {
    assertThat(policy.problem(password, "someone@example.com")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void acceptsTheLongestAllowed() {
    assertThat(policy.problem("a".repeat(128), "someone@example.com")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {129, 10_000})
  void refusesAbsurdLengths(int length) {
    assertThat(policy.problem("x".repeat(length), "someone@example.com")).isPresent();
  }
}
