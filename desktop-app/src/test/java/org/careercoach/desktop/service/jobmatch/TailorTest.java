package org.careercoach.desktop.service.jobmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TailorTest {

  private static final SkillVocabulary SKILLS = SkillVocabulary.shipped();

  @Test
  void whatSpeaksToTheJobComesFirstAndNoWordIsAddedLostOrChanged() throws IOException {
    Resume draft = resume();
    JobPosting job =
        JobPostings.fromText(
            "Kafka Engineer\nRequirements\n- Apache Kafka and event streaming\n- PostgreSQL\n"
                + "Nice to have\n- Kotlin\n",
            SKILLS);

    Resume tailored = new Tailor(SKILLS).tailor(draft, job);

    // Jobs keep their order; the skills the job asks for lead their group.
    assertThat(tailored.work())
        .extracting(Work::name)
        .containsExactlyElementsOf(draft.work().stream().map(Work::name).toList());
    assertThat(tailored.skills().get(0).keywords())
        .startsWith("Kafka", "PostgreSQL")
        .containsExactlyInAnyOrderElementsOf(draft.skills().get(0).keywords());
    for (int i = 0; i < draft.work().size(); i++) {
      assertThat(tailored.work().get(i).highlights())
          .containsExactlyInAnyOrderElementsOf(draft.work().get(i).highlights());
    }
    assertThat(strings(tailored.withMeta(draft.meta())))
        .containsExactlyInAnyOrderElementsOf(strings(draft));
    assertThat(SectionOrder.of(tailored).names())
        .as("the skills the job asks for lead the copy")
        .startsWith("skills", "work")
        .containsExactlyInAnyOrderElementsOf(SectionOrder.DEFAULT.names());
    assertThat(SectionOrder.isSet(draft)).as("the draft itself is untouched").isFalse();
  }

  @Test
  void aJobThatNamesNothingOfTheDraftLeavesItAsItWas() throws IOException {
    Resume draft = resume();
    JobPosting nursing = JobPostings.fromText("Nurse\nRequirements\n- ACLS\n", SKILLS);

    assertThat(new Tailor(SKILLS).tailor(draft, nursing)).isEqualTo(draft);
  }

  /** Every string value of the resume, wherever it stands. */
  private static List<String> strings(Resume resume) {
    List<String> out = new ArrayList<>();
    collect(CoachJson.mapper().valueToTree(resume), out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isString()) {
      out.add(node.asString());
    }
    node.forEach(child -> collect(child, out));
  }

  private static Resume resume() throws IOException {
    try (InputStream in = TailorTest.class.getResourceAsStream("java-resume.json")) {
      return CoachJson.mapper()
          .readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), Resume.class);
    }
  }
}
