package org.careercoach.server.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.model.resume.Location;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactsLocationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Lisbon, Portugal; Lisbon",
        "Portland, OR; Portland",
        "San Francisco – US; San Francisco",
        "Berlin · Germany; Berlin",
        "Cape Town, Western Cape, ZA; Cape Town",
        "Location: Nairobi; Nairobi",
        "Brisbane - QLD; Brisbane",
      })
  void readsTheTownWhateverJoinsItToItsRegion(String text, String city) {
    Location location = Contacts.location(text).orElseThrow();

    assertThat(location.city()).isEqualTo(city);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"Senior Engineer – Acme", "jane@example.com – Berlin", "+1 415 555 0132", "Paris"})
  void findsNoTownInOtherContacts(String text) {
    assertThat(Contacts.location(text)).isEmpty();
  }
}
