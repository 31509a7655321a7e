package org.careercoach.desktop.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

/** Each check on small drafts written for it: what it must find and what it must leave alone. */
class ReviewChecksTest {

  private static final ResumeReview REVIEW =
      new ResumeReview(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));

  private static final String CONTACT =
      "\"basics\":{\"name\":\"Ada Byron\",\"email\":\"ada@example.org\",\"phone\":\"+1 555 0100 200\","
          + "\"location\":{\"city\":\"Boston\"}}";

  @Test
  void contactDetailsMustBeThereAndLookRight() {
    List<Finding> none = findings("{" + CONTACT + "}", CheckKind.CONTACT);
    List<Finding> bad =
        findings(
            "{\"basics\":{\"name\":\"Ada\",\"email\":\"ada.example.org\",\"phone\":\"12 34\"}}",
            CheckKind.CONTACT);

    assertThat(none).isEmpty();
    assertThat(bad)
        .extracting(Finding::path)
        .containsExactly("basics.email", "basics.phone", "basics.location.city");
    assertThat(bad.get(0).problem()).contains("ada.example.org", "not a valid email");
  }

  @Test
  void datesOutOfOrderGapsAndOverlapsAreNamedButCoarseYearsMakeNone() {
    String jobs =
        "{"
            + CONTACT
            + ",\"work\":["
            + job("Acme", "2020-01", "2019-06")
            + ","
            + job("Birch", "2015-01", "2016-01")
            + ","
            + job("Cedar", "2017-03", "2018-12")
            + ","
            + job("Dune", "2018-06", "2020-01")
            + ","
            + job("Elm", "2021", null)
            + ","
            + job("Fir", "2020", "2020")
            + "]}";

    List<Finding> dates =
        REVIEW.review(resume(jobs)).findings().stream()
            .filter(f -> f.kind().name().startsWith("DATE"))
            .toList();

    assertThat(dates)
        .extracting(f -> f.kind() + " " + f.path())
        .containsExactly(
            "DATE_ORDER work[0].endDate",
            "DATE_GAP work[2].startDate",
            "DATE_OVERLAP work[3].startDate");
    assertThat(dates.get(1).problem()).contains("A gap of 13 months before Cedar");
    assertThat(dates.get(2).problem()).contains("Dune overlaps Cedar by up to 7 months");
  }

  @Test
  void highlightsNumbersOpeningsAndRepeatsAreCheckedPerJob() {
    String jobs =
        "{"
            + CONTACT
            + ",\"work\":["
            + "{\"name\":\"Acme\",\"startDate\":\"2022-01\",\"highlights\":["
            + "\"Responsible for the billing service\",\"Managed the on-call rota\","
            + "\"Managed vendor contracts\"]},"
            + "{\"name\":\"Birch\",\"startDate\":\"2019-01\",\"endDate\":\"2021-12\","
            + "\"highlights\":[\"Managed 3 releases a week\"]},"
            + "{\"name\":\"Cedar\",\"startDate\":\"2018-01\",\"endDate\":\"2018-12\"}"
            + "]}";

    List<Finding> found = REVIEW.review(resume(jobs)).findings();

    assertThat(found)
        .extracting(f -> f.kind() + " " + f.path() + " " + f.subject())
        .contains(
            "NUMBERS work[0].highlights numbers",
            "WEAK_OPENING work[0].highlights[0] responsible for",
            "REPEATED_WORDS work managed",
            "HIGHLIGHTS work[2].highlights highlights")
        .doesNotContain("NUMBERS work[1].highlights numbers");
  }

  @Test
  void onlyKnownMisspellingsAreFlaggedNeverUnknownNames() {
    String text =
        "{"
            + CONTACT
            + ",\"work\":[{\"name\":\"Xylofone GmbH\",\"startDate\":\"2024-01\","
            + "\"highlights\":[\"Led Managment of the Kubernetes clusters for 40 teams\","
            + "\"Shipped Qwrtz, our in-house ETL, to 12 customers\"]}]}";

    List<Finding> spelling = findings(text, CheckKind.SPELLING);

    assertThat(spelling)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("work[0].highlights[0]");
              assertThat(f.fix()).contains("management");
            });
  }

  @Test
  void aJuniorResumeOfTwoPagesIsTooLong() {
    String many =
        "\"Built a feature that customers used every day, and measured its effect 3 times\"";
    StringBuilder highlights = new StringBuilder(many);
    for (int i = 0; i < 60; i++) {
      highlights.append(",").append(many);
    }
    String junior =
        "{"
            + CONTACT
            + ",\"work\":[{\"name\":\"Acme\",\"startDate\":\"2025-06\",\"highlights\":["
            + highlights
            + "]}]}";

    assertThat(findings(junior, CheckKind.LENGTH))
        .singleElement()
        .satisfies(f -> assertThat(f.problem()).contains("words for 1 year of work"));
  }

  @Test
  void sectionsComeInTheOrderThatBacksThePersonUpMostAndEachFindingCarriesItsFix() {
    String school = ",\"education\":[{\"institution\":\"MIT\",\"endDate\":\"2026-06\"}]";
    String graduate = "{" + CONTACT + ",\"work\":[" + job("Acme", "2026-07", null) + "]" + school;
    String veteran = "{" + CONTACT + ",\"work\":[" + job("Acme", "2012-01", null) + "]" + school;
    String educationFirst = ",\"meta\":{\"x-sectionOrder\":[\"education\",\"work\"]}";
    String interestsFirst =
        ",\"interests\":[{\"name\":\"Chess\"}],\"meta\":{\"x-sectionOrder\":[\"interests\"]}";

    List<Finding> forGraduate = findings(graduate + "}", CheckKind.SECTION_ORDER);
    List<Finding> forVeteran = findings(veteran + educationFirst + "}", CheckKind.SECTION_ORDER);
    List<Finding> interests = findings(veteran + interestsFirst + "}", CheckKind.SECTION_ORDER);

    assertThat(forGraduate)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("education");
              assertThat(f.sectionOrder()).startsWith("education", "work");
            });
    assertThat(findings(graduate + educationFirst + "}", CheckKind.SECTION_ORDER)).isEmpty();
    assertThat(forVeteran)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("work");
              assertThat(f.problem()).contains("14 years of work");
              assertThat(f.sectionOrder()).startsWith("work", "education");
            });
    assertThat(findings(veteran + "}", CheckKind.SECTION_ORDER))
        .as("the default order suits an experienced person")
        .isEmpty();
    assertThat(interests)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("interests");
              assertThat(f.sectionOrder()).startsWith("work", "education").endsWith("interests");
            });
    assertThat(findings("{" + CONTACT + interestsFirst + "}", CheckKind.SECTION_ORDER))
        .as("nothing to stand above")
        .isEmpty();
  }

  private static String job(String name, String start, String end) {
    return "{\"name\":\""
        + name
        + "\",\"startDate\":\""
        + start
        + "\""
        + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
        + ",\"highlights\":[\"Cut costs by 10%\",\"Grew sales 5x\"]}";
  }

  private static List<Finding> findings(String json, CheckKind kind) {
    return REVIEW.review(resume(json)).findings().stream().filter(f -> f.kind() == kind).toList();
  }

  private static Resume resume(String json) {
    return CoachJson.mapper().readValue(json, Resume.class);
  }
}
