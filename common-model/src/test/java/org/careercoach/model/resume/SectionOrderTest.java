package org.careercoach.model.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.Test;

class SectionOrderTest {

  @Test
  void aResumeWithoutAnOrderHasTheDefaultAndSaysNone() {
    Resume resume = Resume.of(null);

    assertThat(SectionOrder.of(resume)).isEqualTo(SectionOrder.DEFAULT);
    assertThat(SectionOrder.isSet(resume)).isFalse();
  }

  @Test
  void anOrderIsMadeWholeAndKeptBesideTheOtherMetaThroughJson() {
    Resume resume =
        CoachJson.mapper()
            .readValue(
                "{\"meta\":{\"version\":\"v1.0.0\",\"x-careercoach\":{\"parser\":\"heuristic\"}}}",
                Resume.class);

    Resume ordered =
        new SectionOrder(List.of("skills", "nonsense", "skills", "education")).applyTo(resume);
    Resume read =
        CoachJson.mapper().readValue(CoachJson.mapper().writeValueAsString(ordered), Resume.class);

    assertThat(SectionOrder.of(read).names())
        .startsWith("skills", "education", "work")
        .containsExactlyInAnyOrderElementsOf(SectionOrder.DEFAULT.names());
    assertThat(read.meta().version()).isEqualTo("v1.0.0");
    assertThat(read.meta().extensions()).containsKey("x-careercoach");
  }

  @Test
  void aDamagedOrderReadsAsTheDefault() {
    Resume resume =
        CoachJson.mapper().readValue("{\"meta\":{\"x-sectionOrder\":\"work\"}}", Resume.class);

    assertThat(SectionOrder.of(resume)).isEqualTo(SectionOrder.DEFAULT);
  }
}
