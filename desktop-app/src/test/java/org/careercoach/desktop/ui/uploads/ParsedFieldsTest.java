package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

/** A parsed resume as field paths and values, and corrections applied back. */
class ParsedFieldsTest {

  private static final Resume RESUME =
      CoachJson.mapper()
          .readValue(
              """
              {"$schema": "https://example.com/schema.json",
               "basics": {"name": "Ana Lima", "location": {"city": "Campinas"},
                          "profiles": [{"network": "GitHub", "url": "https://github.com/ana"}]},
               "work": [{"name": "Acme", "highlights": ["One", "Two", "Three"]}],
               "skills": [{"name": "Kotlin", "keywords": ["Ktor", "Coroutines"]}],
               "x-score": 7,
               "meta": {"version": "v1"}}
              """,
              Resume.class);

  @Test
  void everyValueHasItsProvenancePathAndALabelInWords() {
    List<ParsedFields.Leaf> leaves = ParsedFields.leaves(RESUME);

    assertThat(leaves)
        .extracting(ParsedFields.Leaf::path)
        .containsExactly(
            "basics.name",
            "basics.location.city",
            "basics.profiles[0].network",
            "basics.profiles[0].url",
            "work[0].name",
            "work[0].highlights[0]",
            "work[0].highlights[1]",
            "work[0].highlights[2]",
            "skills[0].name",
            "skills[0].keywords[0]",
            "skills[0].keywords[1]",
            "x-score");
    assertThat(leaves.get(1).label()).isEqualTo("Location › City");
    assertThat(leaves.get(2).label()).isEqualTo("Profile 1 › Network");
    // An entry goes by its own name; nested lists count their items.
    assertThat(leaves.get(5).label()).isEqualTo("Acme › Highlight 1");
    assertThat(leaves.get(9).label()).isEqualTo("Kotlin › Keyword 1");
    assertThat(leaves.get(5).section()).isEqualTo("work");
    assertThat(leaves.get(11).value()).isEqualTo("7");
  }

  @Test
  void correctionsGoBackToTheirPlacesAndEmptyOnesRemoveTheValue() {
    Resume corrected =
        ParsedFields.apply(
            RESUME,
            Map.of(
                "basics.location.city", "São Paulo",
                "work[0].highlights[0]", "",
                "work[0].highlights[2]", "Three, corrected",
                "x-score", "8",
                "skills[0].keywords[1]", " "));

    assertThat(corrected.basics().location().city()).isEqualTo("São Paulo");
    assertThat(corrected.work().get(0).highlights()).containsExactly("Two", "Three, corrected");
    assertThat(corrected.skills().get(0).keywords()).containsExactly("Ktor");
    assertThat(corrected.extensions().get("x-score").isNumber()).isTrue();
    assertThat(corrected.extensions().get("x-score").asInt()).isEqualTo(8);
    assertThat(corrected.meta()).isEqualTo(RESUME.meta());
    assertThat(corrected.schema()).isEqualTo(RESUME.schema());
  }

  @Test
  void noCorrectionsGiveTheSameResumeAndUnknownPathsAreIgnored() {
    assertThat(ParsedFields.apply(RESUME, Map.of())).isSameAs(RESUME);
    assertThat(ParsedFields.apply(RESUME, Map.of("work[5].name", "X", "nothing", "Y")))
        .isEqualTo(RESUME);
  }

  @Test
  void pathsSplitIntoNamesAndIndexes() {
    assertThat(ParsedFields.steps("skills[1].keywords[0]"))
        .containsExactly("skills", 1, "keywords", 0);
  }
}
