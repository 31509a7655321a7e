package org.careercoach.server.parsing.heuristic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Work;
import org.careercoach.server.parsing.text.Line;
import org.junit.jupiter.api.Test;

/**
 * The general rules issue 18 added for layouts the parser was never built on (ADR 0021), each on
 * the smallest document that shows it, read by the rules alone (no model).
 */
class UnseenLayoutRulesTest {

  /** Lines of one page, one per row; a row's cells are its segments (text set apart by gaps). */
  private static List<Line> lines(String[]... rows) {
    List<Line> lines = new ArrayList<>();
    for (String[] row : rows) {
      lines.add(new Line(List.of(row), 1, lines.size() + 1, 10f, false));
    }
    return lines;
  }

  private static String[] row(String... cells) {
    return cells;
  }

  @Test
  void aNoBreakSpaceAfterTheCommaStillSplitsTitleFromEmployer() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Experience"),
                row("Senior Associate,\u00a0Orion Aerospace"),
                row("Mar 2021 - Present")));

    assertThat(resume.work())
        .extracting(Work::name, Work::position)
        .containsExactly(tuple("Orion Aerospace", "Senior Associate"));
  }

  @Test
  void howLongAJobLastedIsPartOfItsDatesNotItsEmployer() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Experience"),
                row("Compliance Officer, Bernhard LLC"),
                row("Feb 2016 - Jan 2021", "4 years 11 months"),
                row("Reduced waiting times by 42%")));

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate, Work::endDate)
        .containsExactly(
            tuple(
                "Bernhard LLC",
                "Compliance Officer",
                PartialDate.ofMonth(2016, 2),
                PartialDate.ofMonth(2021, 1)));
  }

  @Test
  void datesThatOpenAnEntryTakeTheHeadingUnderThem() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Experience"),
                row(""),
                row("2019.06 · PRESENT"),
                row("Frontend Developer — Bauer Maschinenbau GmbH (Barcelona)"),
                row("o Grew throughput by 61%."),
                row(""),
                row("2014.01 · 2019.05"),
                row("Software Engineer — Oakridge High School")));

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate)
        .containsExactly(
            tuple("Bauer Maschinenbau GmbH", "Frontend Developer", PartialDate.ofMonth(2019, 6)),
            tuple("Oakridge High School", "Software Engineer", PartialDate.ofMonth(2014, 1)));
    assertThat(resume.work().get(0).highlights()).containsExactly("Grew throughput by 61%.");
  }

  @Test
  void aLongHeadingThatEndsInItsDatesIsAnEntryAndItsBracketsGoWithTheDates() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Experience"),
                row(
                    "Peña Meraz, Becerra Armenta y Alejandro Gaitán Asociados at Language"
                        + " Instructor (OCT 2021 — JUN 2024)"),
                row("Kessler & Partners at Lecturer (JUN 2018 — AUG 2020)")));

    assertThat(resume.work())
        .extracting(Work::position, Work::startDate)
        .containsExactly(
            tuple("Language Instructor", PartialDate.ofMonth(2021, 10)),
            tuple("Lecturer", PartialDate.ofMonth(2018, 6)));
    assertThat(resume.work().get(1).name()).isEqualTo("Kessler & Partners");
  }

  @Test
  void aFirmNamedForItsPartnersKeepsItsCommasAndTheDocumentsOrderNamesTheUnknownTitle() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Experience"),
                row("Dec 2017 to present", "Senior Associate, Kiehn, Swaniawski and Russel"),
                row("Feb 2013 to Sep 2017", "Trainee Solicitor, Leur aan de Rijn Bank"),
                row("Aug 2008 to Dec 2012", "Paralegal, Cedar & Pine Architects")));

    assertThat(resume.work())
        .extracting(Work::name, Work::position)
        .containsExactly(
            tuple("Kiehn, Swaniawski and Russel", "Senior Associate"),
            tuple("Leur aan de Rijn Bank", "Trainee Solicitor"),
            tuple("Cedar & Pine Architects", "Paralegal"));
  }

  @Test
  void aSchoolAtADegreeIsReadEitherWayRoundButATownAfterAtStaysInTheName() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Education"),
                row("University of Leeds at M.A., Interaction Design (SEP 2010 — DEC 2014)"),
                row("University of North Carolina at Chapel Hill", "1987 - 1991"),
                row("Bachelor of Arts, Philosophy")));

    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType, Education::area)
        .containsExactly(
            tuple("University of Leeds", "M.A.", "Interaction Design"),
            tuple("University of North Carolina at Chapel Hill", "Bachelor of Arts", "Philosophy"));
  }

  @Test
  void rowsOfTagsAreSkillsApartAndLevelsBesideThemAreNone() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Skills"),
                row("English Literature", "Google Classroom"),
                row("Canvas LMS", "Expert"),
                row("Languages", "Java, Python, Go")));

    assertThat(resume.skills())
        .flatExtracting(
            s ->
                s.keywords() == null
                    ? List.of(s.name())
                    : java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(s.name()), s.keywords().stream())
                        .toList())
        .containsExactly(
            "English Literature",
            "Google Classroom",
            "Canvas LMS",
            "Languages",
            "Java",
            "Python",
            "Go");
    assertThat(resume.skills()).extracting(Skill::name).doesNotContain("Expert");
  }

  @Test
  void anUnderlinedLineIsAHeadingOfTheKindItsWordsOrItsEntriesName() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("CLINICAL EXPERIENCE"),
                row("==================="),
                row("Bahorst Foods, Curriculum Coordinator", "2019-05 – 2020-07"),
                row(""),
                row("WHERE I STUDIED"),
                row("==============="),
                row("University of Melbourne, BEng – Computer Science", "Jan 2009 – Dec 2012")));

    assertThat(resume.work()).extracting(Work::name).containsExactly("Bahorst Foods");
    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType)
        .containsExactly(tuple("University of Melbourne", "BEng"));
  }

  @Test
  void aLabelAloneIsAHeadingWhereTheDocumentsHeadingsAreLabels() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row(""),
                row("Summary:"),
                row("Builds dependable services."),
                row(""),
                row("Education:"),
                row("2005.01 · 2009.05"),
                row("Computer Engineering, Bachelor of Engineering — Monash University"),
                row(""),
                row("Clinical Experience:"),
                row("2019.06 · PRESENT"),
                row("Frontend Developer — Bauer Maschinenbau GmbH")));

    assertThat(resume.work()).extracting(Work::name).containsExactly("Bauer Maschinenbau GmbH");
    assertThat(resume.education())
        .extracting(Education::institution)
        .containsExactly("Monash University");
  }

  @Test
  void aHeadingBrokenOverTwoLinesIsOneHeading() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Education &"),
                row("Training"),
                row("University of Nairobi", "Sep 1999 – Dec 2003"),
                row("Bachelor in Law")));

    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType)
        .containsExactly(tuple("University of Nairobi", "Bachelor"));
    assertThat(resume.certificates()).isNull();
  }

  @Test
  void onAPageSetInOneFontABodyLineIsNoHeadingForItsStyle() {
    // Every line is set as the headings are: their style tells nothing, so "Led a team of five
    // engineers" stays the first job's text and the second job stays a job, whatever heading kind
    // the model would give it.
    Resume resume =
        HeuristicParser.parse(
            org.careercoach.server.parsing.text.Document.of(
                lines(
                    row("Dana Reyes"),
                    row("Experience"),
                    row("Senior Engineer, Acme Corp, 2019 - 2024"),
                    row("Led a team of five engineers"),
                    row("Engineer, Initech, 2015 - 2019"),
                    row("Maintained the reporting pipeline"),
                    row("Education"),
                    row("BSc Computer Science, State University, 2011 - 2015"))),
            org.careercoach.server.parsing.learning.LineModel.committed().orElseThrow());

    assertThat(resume.work())
        .extracting(Work::name, Work::position)
        .containsExactly(tuple("Acme Corp", "Senior Engineer"), tuple("Initech", "Engineer"));
  }

  @Test
  void aHeaderThatNamesThePersonAndTheirTitleAtOnceGivesBoth() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(List.of("Curriculum Vitae"), 1, 1, 12f, false));
    lines.add(new Line(List.of("Richard Hendriks, Programmer"), 1, 2, 20f, true));
    lines.add(new Line(List.of("San Francisco, California | rh@example.com"), 1, 3, 10f, false));
    lines.add(new Line(List.of("Experience"), 1, 4, 12f, true));
    lines.add(new Line(List.of("Engineer, Pied Piper"), 1, 5, 10f, false));
    lines.add(new Line(List.of("2014 - 2019"), 1, 6, 10f, false));

    Resume resume = HeuristicParser.parse(lines);

    assertThat(resume.basics().name()).isEqualTo("Richard Hendriks");
    assertThat(resume.basics().label()).isEqualTo("Programmer");
    assertThat(resume.basics().location().city()).isEqualTo("San Francisco");
  }

  @Test
  void anAddressSetAsSmallAsTheContactsIsNoNameAndTitle() {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(List.of("San Francisco, California", "rh@example.com"), 1, 1, 9f, false));
    lines.add(new Line(List.of("Richard Hendriks"), 1, 2, 24f, true));
    lines.add(new Line(List.of("Programmer"), 1, 3, 20f, false));

    Resume resume = HeuristicParser.parse(lines);

    assertThat(resume.basics().name()).isEqualTo("Richard Hendriks");
    assertThat(resume.basics().label()).isEqualTo("Programmer");
  }

  @Test
  void aSectionThatOpensWithDatesOpensEveryEntryWithItsDates() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Education"),
                row("2012 - 2013"),
                row("University of Amsterdam"),
                row("Master of Engineering: Manufacturing Engineering"),
                row("2007 - 2011"),
                row("University of Auckland"),
                row("BA: Aerospace Engineering")));

    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType, Education::startDate)
        .containsExactly(
            tuple("University of Amsterdam", "Master of Engineering", PartialDate.ofYear(2012)),
            tuple("University of Auckland", "BA", PartialDate.ofYear(2007)));
  }

  @Test
  void aFormsKeysNameTheFieldsButASkillTablesCategoriesStay() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Ana Silva"),
                row("Work experience"),
                row("Dates", "May 2019 – June 2021"),
                row("Occupation or position held", "Estimator"),
                row("Name of employer", "North Seth Academy"),
                row("Main activities and", "Priced 40 tenders a year"),
                row("responsibilities"),
                row("Dates", "2015 – 2019"),
                row("Occupation or position held", "Site Clerk"),
                row("Name of employer", "Harbour Works"),
                row("Skills"),
                row("Web Development", "HTML, CSS, JavaScript"),
                row("University of Lisbon", "Student union")));

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate)
        .containsExactly(
            tuple("North Seth Academy", "Estimator", PartialDate.ofMonth(2019, 5)),
            tuple("Harbour Works", "Site Clerk", PartialDate.ofYear(2015)));
    assertThat(resume.work().get(0).summary()).isEqualTo("Priced 40 tenders a year");
    assertThat(resume.skills()).extracting(Skill::name).contains("Web Development");
  }

  @Test
  void aPhoneAloneOnALineUnderAnotherHeadingIsThePersonsPhone() {
    Resume resume =
        HeuristicParser.parse(
            lines(
                row("Robin Mante"),
                row("ICU Nurse"),
                row("Objective"),
                row("Caring for the sickest patients with a calm head."),
                row("robinmante@web.de"),
                row("+61 449 067 233")));

    assertThat(resume.basics().email()).isEqualTo("robinmante@web.de");
    assertThat(resume.basics().phone()).isEqualTo("+61 449 067 233");
  }
}
