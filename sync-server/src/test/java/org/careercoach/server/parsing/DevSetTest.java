package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.server.parsing.quality.DevSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every development resume (PDF, DOCX, TXT) parses, and the fields the parser is surest of match
 * the truth. The field-by-field score is {@code quality.DevSetQualityTest}'s; both read the one
 * parse of the set that {@link DevSet} keeps.
 */
class DevSetTest {

  @Test
  void everyDevelopmentResumeParsesWithTheRightContactDetails() {
    DevSet dev = DevSet.get();

    assertThat(dev.failures()).isEmpty();
    assertThat(dev.predictions()).hasSizeGreaterThanOrEqualTo(60);
    int named = 0;
    for (Map.Entry<String, JsonNode> parsed : dev.predictions().entrySet()) {
      String file = parsed.getKey();
      JsonNode expected = dev.truths().get(file.replaceAll("\\..*$", ""));
      JsonNode resume = parsed.getValue();
      assertThat(resume.at("/basics/email").asString(""))
          .as(file)
          .isEqualToIgnoringCase(expected.at("/basics/email").asString());
      named += resume.at("/basics/name").asString("").isBlank() ? 0 : 1;
      assertThat(resume.path("work")).as(file + " finds jobs").isNotEmpty();
    }
    assertThat(named).isGreaterThanOrEqualTo(dev.predictions().size() * 85 / 100);
  }
}
