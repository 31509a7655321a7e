package org.careercoach.server.parsing.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.quality.ResumeScorer.Counts;
import org.careercoach.server.parsing.quality.ResumeScorer.Tally;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The rules of score.py's header, each on a small example, with a JDK only. */
class ResumeScorerTest {

  @Test
  void basicsCompareAsTheScorerSays() {
    Tally t =
        score(
            """
            {"basics": {"name": "José O'Neil", "email": "Jo@Example.com", "phone": "020 7946 0958",
              "url": "https://example.com/", "location": {"city": "New York"}}}""",
            """
            {"basics": {"name": "jose oneil", "email": "mailto:jo@example.COM",
              "phone": "+44 20 7946 0958", "url": "www.EXAMPLE.com", "location": {"city": "York"}}}""");

    // Punctuation splits words: "jose o neil" is not "jose oneil".
    assertThat(t.field("basics.name")).isEqualTo(new Counts(0, 1, 1));
    assertThat(t.field("basics.email")).isEqualTo(new Counts(1, 0, 0));
    // 02079460958 against 442079460958: the trunk 0 is not a suffix of the country code's number.
    assertThat(t.field("basics.phone")).isEqualTo(new Counts(0, 1, 1));
    assertThat(t.field("basics.url")).isEqualTo(new Counts(1, 0, 0));
    // Token Dice of {new, york} and {york} is 2/3, at least 0.6.
    assertThat(t.field("basics.location.city")).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void phonesMatchOnDigitsWithAtMostThreeLeadingExtra() {
    assertThat(ResumeScorer.phoneEq("555 123 4567", "(555) 123-4567")).isTrue();
    assertThat(ResumeScorer.phoneEq("5551234567", "+001 555 123 4567")).isTrue();
    assertThat(ResumeScorer.phoneEq("5551234567", "+0001 555 123 4567")).isFalse();
    assertThat(ResumeScorer.phoneEq("123456", "99123456")).isFalse();
  }

  @Test
  void fuzzyTextIgnoresCaseAccentsAndStopWordsAndExpandsDegrees() {
    assertThat(ResumeScorer.sim("The Café & Co", "cafe", false)).isEqualTo(1.0);
    assertThat(ResumeScorer.sim("Acme Research Labs", "Acme Labs", false)).isEqualTo(0.8);
    assertThat(ResumeScorer.fuzzyEq("Acme Research Labs Europe", "Acme", false)).isFalse();
    assertThat(ResumeScorer.fuzzyEq("B.Sc.", "Bachelor of Science", true)).isTrue();
    assertThat(ResumeScorer.fuzzyEq("Ph.D", "Doctor of Philosophy", true)).isTrue();
    assertThat(ResumeScorer.fuzzyEq("Bachelor’s", "Bachelor", true)).isTrue();
    assertThat(ResumeScorer.fuzzyEq("B.Sc.", "Bachelor of Science", false)).isFalse();
    assertThat(ResumeScorer.casefold("STRASSE Straße")).isEqualTo("strasse strasse");
  }

  @Test
  void datesCompareByMonthOrByTheTruthsYearAndPresentWordsMeanPresent() {
    assertThat(date("2019-03-15", false)).isEqualTo("2019-03");
    assertThat(date("2019/3", false)).isEqualTo("2019-03");
    assertThat(date("2019-13", false)).isEqualTo("2019");
    assertThat(date("Mar 2019", false)).isEqualTo("?");
    assertThat(date("Till Date", true)).isEqualTo("present");
    assertThat(date("now", false)).isNull();
    assertThat(ResumeScorer.normDate(null, true)).isEqualTo("present");
    assertThat(ResumeScorer.dateEq("2019", "2019-07")).isTrue();
    assertThat(ResumeScorer.dateEq("2019-07", "2019")).isFalse();
    assertThat(ResumeScorer.dateEq("present", "2020-01")).isFalse();
  }

  @Test
  void entriesArePairedOneToOneByEmployerThenPositionAndDates() {
    Tally t =
        score(
            """
            {"work": [
              {"name": "Acme", "position": "Engineer", "startDate": "2018-01", "endDate": "2019-06"},
              {"name": "Acme", "position": "Manager", "startDate": "2019-07"},
              {"name": "Globex", "position": "Intern", "startDate": "2016-05", "endDate": "2016-08"}]}""",
            """
            {"work": [
              {"company": "ACME Inc.", "position": "Manager", "startDate": "2019-07", "endDate": "Present"},
              {"name": "Acme", "position": "Engineer", "startDate": "2018", "endDate": "2019-06"},
              {"name": "Initech", "position": "Intern", "startDate": "2016-05"}]}""");

    assertThat(t.field("work")).isEqualTo(new Counts(2, 1, 1));
    assertThat(t.field("work.position")).isEqualTo(new Counts(2, 1, 1));
    // Paired: 2019-07 = 2019-07, 2018 ≠ 2018-01; unpaired truth 2016-05 and predicted 2016-05.
    assertThat(t.field("work.startDate")).isEqualTo(new Counts(1, 2, 2));
    // Paired: present = present, 2019-06 = 2019-06; unpaired truth 2016-08, predicted present.
    assertThat(t.field("work.endDate")).isEqualTo(new Counts(2, 1, 1));
  }

  @Test
  void skillsAreOneSetOfNamesAndKeywords() {
    Tally t =
        score(
            """
            {"skills": [{"name": "Languages", "keywords": ["Java", "Python", "Go"]}]}""",
            """
            {"skills": [{"name": "languages", "keywords": ["JAVA.", "  python  ", "Rust"]}, "Go"]}""");

    assertThat(t.field("skills")).isEqualTo(new Counts(4, 1, 0));
  }

  @Test
  void groupsAverageIntoMacroAndEverythingCountsIntoMicro() {
    SortedMap<String, JsonNode> truths = new TreeMap<>();
    truths.put("r001", json("{\"basics\": {\"name\": \"Ann\"}, \"skills\": [\"a\", \"b\"]}"));
    SortedMap<String, JsonNode> predictions = new TreeMap<>();
    predictions.put("r001.txt", json("{\"basics\": {\"name\": \"Ann\"}, \"skills\": [\"a\"]}"));

    ScoreReport report = ScoreReport.of(truths, predictions, List.of("txt", "pdf"));

    // txt: name tp, skills 1 tp 1 fn; pdf missing: name fn, skills 2 fn.
    assertThat(report.all()).isEqualTo(new Counts(2, 0, 4));
    assertThat(report.groupF1().get("basics")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(report.groupF1().get("skills")).isCloseTo(0.4, within(1e-12));
    assertThat(report.groupF1().get("work")).isZero();
    assertThat(report.macroF1()).isCloseTo((2.0 / 3 + 0.4) / 4, within(1e-12));
    assertThat(report.microF1()).isCloseTo(0.5, within(1e-12));
    assertThat(report.byType().get("pdf")).isEqualTo(new Counts(0, 0, 3));
  }

  private static String date(String value, boolean end) {
    return ResumeScorer.normDate(json("\"" + value + "\""), end);
  }

  private static Tally score(String truth, String prediction) {
    return ResumeScorer.scoreDocument(json(truth), json(prediction));
  }

  private static JsonNode json(String text) {
    return CoachJson.mapper().readTree(text);
  }
}
