package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.careercoach.desktop.ui.uploads.ResumeMerge.Choice;
import org.careercoach.desktop.ui.uploads.ResumeMerge.Section;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

/** The merge of a reviewed file into a draft, section by section. */
class ResumeMergeTest {

  private static final Resume DRAFT =
      resume(
          """
          {"$schema": "https://example.com/schema.json",
           "basics": {"name": "Ana Lima", "phone": "+55 11 5555", "summary": "",
                      "location": {"city": "São Paulo"},
                      "profiles": [{"network": "GitHub", "username": "ana"}]},
           "work": [{"name": "Initech", "position": "Intern"}],
           "education": [{"institution": "USP"}],
           "skills": [{"name": "Kotlin"}],
           "meta": {"version": "v2"},
           "x-favourite": "green"}
          """);

  private static final Resume FILE =
      resume(
          """
          {"basics": {"name": "Ana B. Lima", "email": "ana@example.com", "summary": "Builds things.",
                      "location": {"city": "Campinas", "countryCode": "BR"},
                      "profiles": [{"network": "GitHub", "username": "ana"},
                                   {"network": "LinkedIn", "username": "analima"}]},
           "work": [{"name": "Initech", "position": "Intern"},
                    {"name": "Acme Payments", "position": "Senior engineer"}],
           "skills": [{"name": "Go"}],
           "languages": [{"language": "Portuguese"}]}
          """);

  private static Resume resume(String json) {
    return CoachJson.mapper().readValue(json, Resume.class);
  }

  @Test
  void withoutChoicesTheDraftStaysAsItIs() {
    assertThat(ResumeMerge.merge(DRAFT, FILE, Map.of())).isEqualTo(DRAFT);
    assertThat(ResumeMerge.merge(DRAFT, FILE, Map.of(Section.WORK, Choice.KEEP))).isEqualTo(DRAFT);
  }

  @Test
  void replaceTakesTheFilesSectionWhole() {
    Resume merged =
        ResumeMerge.merge(
            DRAFT, FILE, Map.of(Section.WORK, Choice.REPLACE, Section.BASICS, Choice.REPLACE));

    assertThat(merged.work()).isEqualTo(FILE.work());
    assertThat(merged.basics()).isEqualTo(FILE.basics());
    assertThat(merged.skills()).isEqualTo(DRAFT.skills());
  }

  @Test
  void addAppendsTheEntriesTheDraftLacksOnce() {
    Resume merged =
        ResumeMerge.merge(
            DRAFT,
            FILE,
            Map.of(
                Section.WORK,
                Choice.ADD,
                Section.SKILLS,
                Choice.ADD,
                Section.LANGUAGES,
                Choice.ADD));

    assertThat(merged.work()).extracting(w -> w.name()).containsExactly("Initech", "Acme Payments");
    assertThat(merged.skills()).extracting(s -> s.name()).containsExactly("Kotlin", "Go");
    assertThat(merged.languages()).isEqualTo(FILE.languages());
  }

  @Test
  void addToTheBasicsFillsOnlyWhatTheDraftLeavesEmpty() {
    Resume merged = ResumeMerge.merge(DRAFT, FILE, Map.of(Section.BASICS, Choice.ADD));

    assertThat(merged.basics().name()).isEqualTo("Ana Lima");
    assertThat(merged.basics().phone()).isEqualTo("+55 11 5555");
    assertThat(merged.basics().email()).isEqualTo("ana@example.com");
    assertThat(merged.basics().summary()).isEqualTo("Builds things.");
    assertThat(merged.basics().location().city()).isEqualTo("São Paulo");
    assertThat(merged.basics().location().countryCode()).isEqualTo("BR");
    assertThat(merged.basics().profiles())
        .extracting(p -> p.network())
        .containsExactly("GitHub", "LinkedIn");
  }

  @Test
  void whatNoChoiceTouchesIsTheDraftsOwnUnknownFieldsAndMetaToo() {
    Resume merged =
        ResumeMerge.merge(
            DRAFT, FILE, Map.of(Section.WORK, Choice.REPLACE, Section.EDUCATION, Choice.REPLACE));

    assertThat(merged.schema()).isEqualTo(DRAFT.schema());
    assertThat(merged.meta()).isEqualTo(DRAFT.meta());
    assertThat(merged.extensions()).isEqualTo(DRAFT.extensions());
    // The file has no education: replacing with nothing keeps the draft's rather than emptying it.
    assertThat(merged.education()).isEqualTo(DRAFT.education());
  }

  @Test
  void onlyTheSectionsTheFileHasAreOffered() {
    assertThat(ResumeMerge.offered(FILE))
        .containsExactly(Section.BASICS, Section.WORK, Section.SKILLS, Section.LANGUAGES);
  }
}
