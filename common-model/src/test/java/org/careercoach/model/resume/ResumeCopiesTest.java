package org.careercoach.model.resume;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.Test;

class ResumeCopiesTest {

  private static Basics basics(String name) {
    return new Basics(name, "Engineer", null, null, null, null, null, null, null, null);
  }

  @Test
  void aResumeOfBasicsHoldsNothingElse() {
    Resume resume = Resume.of(basics("Ada"));

    assertThat(CoachJson.mapper().writeValueAsString(resume))
        .isEqualTo("{\"basics\":{\"name\":\"Ada\",\"label\":\"Engineer\"}}");
  }

  @Test
  void otherBasicsKeepEverythingElseUnknownFieldsIncluded() {
    Resume read =
        CoachJson.mapper()
            .readValue(
                "{\"basics\":{\"name\":\"Ada\"},\"work\":[{\"name\":\"Acme\"}],\"x-custom\":7}",
                Resume.class);

    Resume renamed = read.withBasics(basics("Grace"));

    assertThat(renamed.basics().name()).isEqualTo("Grace");
    assertThat(renamed.work()).isEqualTo(read.work());
    assertThat(renamed.extensions()).containsKey("x-custom");
  }
}
