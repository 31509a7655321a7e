package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.Test;

/** Page layouts other than one plain column, built as PDFs with the text where each puts it. */
class LayoutsTest {

  private final ResumeParser parser = new ResumeParser();

  @Test
  void aTimelineWithDatesInALeftGutterKeepsEachJobWithItsDates() {
    // Dates in a gutter at the margin, the entry right of them, bullets indented under it: the
    // indented text begins many lines at one x, yet it is not a second column.
    LayoutPdf pdf =
        new LayoutPdf()
            .title(50, 60, "Ana Maria Silva")
            .text(50, 80, "ana.silva@example.com · +1 (415) 555-0134 · Lisbon, Portugal")
            .bold(50, 110, "Summary")
            .text(
                50,
                125,
                "Backend engineer who builds dependable services for payments and banking.")
            .bold(50, 150, "Experience");
    float y = 165;
    String[][] jobs = {
      {"May '21 – Now", "Senior Backend Engineer, Acme Corp, Lisbon"},
      {"Jun '18 – Apr '21", "Software Developer, Globex, Utrecht"},
      {"Sep '16 – May '18", "Junior Developer, Initech"},
    };
    for (String[] job : jobs) {
      pdf.text(50, y, job[0]).bold(160, y, job[1]);
      for (int i = 0; i < 3; i++) {
        y += 14;
        pdf.text(175, y, "Shipped a change that cut the time to settle a payment by a third " + i);
      }
      y += 20;
    }
    pdf.bold(50, y, "Education");
    pdf.text(50, y + 15, "2012 – 2016")
        .bold(160, y + 15, "BSc, Computer Science, University of Lisbon");

    Resume resume = parser.parse(pdf.build(), "timeline.pdf");

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Acme Corp", "Senior Backend Engineer", PartialDate.ofMonth(2021, 5)),
            org.assertj.core.groups.Tuple.tuple(
                "Globex", "Software Developer", PartialDate.ofMonth(2018, 6)),
            org.assertj.core.groups.Tuple.tuple(
                "Initech", "Junior Developer", PartialDate.ofMonth(2016, 9)));
    assertThat(resume.work().get(0).endDate()).isNull();
    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType, Education::area)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("University of Lisbon", "BSc", "Computer Science"));
  }

  @Test
  void aSidebarIsReadAfterTheMainColumnAndItsWrappedLinesJoined() {
    String wrapped = "Polytechnic Institute of";
    LayoutPdf pdf =
        new LayoutPdf()
            .bold(40, 60, "Contact")
            .text(40, 75, "ana.silva@example.com")
            .text(40, 89, "+1 (415) 555-0134")
            .bold(40, 115, "Education")
            .bold(40, 130, wrapped)
            .bold(40, 144, "Lisbon")
            .text(40, 158, "Master of Science,")
            .text(40, 172, "Software Engineering")
            .text(40, 186, "09/2014 - 06/2016")
            .bold(40, 215, "Skills")
            .text(40, 230, "Languages: Java,")
            .text(40, 244, "Kotlin, SQL, Go")
            .title(220, 60, "Ana Maria Silva")
            .text(220, 80, "Backend Engineer")
            .bold(220, 115, "Work History");
    float y = 130;
    for (String[] job :
        new String[][] {
          {"Senior Backend Engineer — Acme Corp", "01/2019 - Present · Lisbon"},
          {"Software Developer — Globex", "03/2016 - 12/2018 · Portland, Oregon"}
        }) {
      pdf.bold(220, y, job[0]).text(220, y + 14, job[1]);
      pdf.text(220, y + 28, "Led the payments platform rewrite across four teams and two regions");
      pdf.text(220, y + 42, "Cut the p99 latency of the ledger by forty per cent in one quarter");
      y += 70;
    }
    // The wrapped name is the widest line of its column: the next word could not have fitted.
    assertThat(LayoutPdf.width(wrapped)).isGreaterThan(LayoutPdf.width("Languages: Java,"));
    Resume resume = parser.parse(pdf.build(), "sidebar.pdf");

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.work())
        .extracting(Work::name, Work::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Acme Corp", "Senior Backend Engineer"),
            org.assertj.core.groups.Tuple.tuple("Globex", "Software Developer"));
    assertThat(resume.education().get(0).institution())
        .isEqualTo("Polytechnic Institute of Lisbon");
    assertThat(resume.skills().get(0).keywords()).containsExactly("Java", "Kotlin", "SQL", "Go");
  }

  /**
   * A typesetter leaves a space at the end of each wrapped line, and PDFBox runs on from a drawn
   * space into the main column's text on a nearby baseline: the sidebar and the main column must
   * still come apart (HTML-to-PDF renderers, such as our own MODERN template, draw them so).
   */
  @Test
  void aSidebarWhoseWrappedLinesEndInASpaceIsStillASeparateColumn() {
    LayoutPdf pdf =
        new LayoutPdf()
            .title(220, 60, "Ana Maria Silva")
            .bold(40, 60, "Skills ")
            .text(40, 75, "Languages: Java, ")
            .text(40, 89, "Kotlin, SQL, Go")
            .text(40, 103, "Tools: Gradle, ")
            .text(40, 117, "Docker, Git")
            .bold(220, 117, "Work History");
    float y = 132;
    for (String[] job :
        new String[][] {
          {"Senior Backend Engineer — Acme Corp", "01/2019 - Present · Lisbon"},
          {"Software Developer — Globex", "03/2016 - 12/2018 · Portland, Oregon"}
        }) {
      pdf.bold(220, y, job[0]).text(220, y + 14, job[1]);
      pdf.text(220, y + 28, "Led the payments platform rewrite across four teams and two regions");
      pdf.text(220, y + 42, "Cut the p99 latency of the ledger by forty per cent in one quarter");
      y += 70;
    }
    // The sidebar's lines and the main column's share lines of the page, 3 pt apart.
    pdf.text(220, 78, "Backend engineer who likes boring, well-tested systems and ")
        .text(220, 92, "writes them down");
    // A renderer may leave a page without text after the columns.
    Resume resume = parser.parse(pdf.blankPage().build(), "sidebar-spaces.pdf");

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.work())
        .extracting(Work::name, Work::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Acme Corp", "Senior Backend Engineer"),
            org.assertj.core.groups.Tuple.tuple("Globex", "Software Developer"));
    assertThat(resume.skills())
        .flatExtracting(s -> s.keywords())
        .containsExactly("Java", "Kotlin", "SQL", "Go", "Gradle", "Docker", "Git");
  }

  @Test
  void aRangeThatANarrowDateMarginBrokeOverThreeLinesIsJoinedOnItsEntry() {
    // moderncv with long dates: "Oct," beside the entry, "2014–May," beside its first bullet,
    // "2020" alone; the margin's text ends just short of the body, too close to be a segment.
    float body = 100;
    LayoutPdf pdf =
        new LayoutPdf()
            .title(body, 60, "Ana Maria Silva")
            .text(body, 80, "ana.silva@example.com")
            .bold(body, 110, "Experience")
            .text(body - 4 - LayoutPdf.width("Oct,"), 130, "Oct,")
            .text(body, 130, "Clinical Nurse Specialist, Gadomski Health")
            .text(body - 4 - LayoutPdf.width("2014–May,"), 144, "2014–May,")
            .text(body + 10, 144, "Reduced complaints by 46%")
            .text(body - 4 - LayoutPdf.width("2020"), 158, "2020")
            .text(body + 10, 158, "Led a team of 38 specialists")
            .text(body - 4 - LayoutPdf.width("2011–2014"), 180, "2011–2014")
            .text(body, 180, "Nurse Practitioner, Atlas Construction Group")
            .text(body + 10, 194, "Trained the ward in triage")
            .bold(body, 220, "Skills")
            .text(body, 235, "Triage, Phlebotomy, Palliative Care");

    Resume resume = parser.parse(pdf.build(), "margin.pdf");

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate, Work::endDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Gadomski Health",
                "Clinical Nurse Specialist",
                PartialDate.ofMonth(2014, 10),
                PartialDate.ofMonth(2020, 5)),
            org.assertj.core.groups.Tuple.tuple(
                "Atlas Construction Group",
                "Nurse Practitioner",
                PartialDate.ofYear(2011),
                PartialDate.ofYear(2014)));
  }

  @Test
  void aSidebarTimelineThatStacksTheFirstYearOverTheLastReadsThemAsOneRange() {
    LayoutPdf pdf = new LayoutPdf().title(50, 60, "Ana Maria Silva").bold(50, 90, "Experience");
    float y = 105;
    for (String job : new String[] {"Acme Corp", "Globex", "Initech"}) {
      pdf.bold(50, y, job).text(50, y + 12, "Jan 2019 – Present").text(50, y + 24, "Engineer");
      pdf.text(60, y + 36, "Shipped the payments rewrite");
      y += 56;
    }
    pdf.bold(380, 90, "Contact").text(380, 105, "ana.silva@example.com");
    pdf.bold(380, 130, "Education");
    pdf.text(380, 145, "2006").bold(420, 145, "Ohio State University");
    pdf.text(380, 157, "2010").text(420, 157, "Doctor of Philosophy");
    pdf.text(380, 181, "2002").bold(420, 181, "University of Amsterdam");
    pdf.text(380, 193, "2006").text(420, 193, "Master of Engineering");

    Resume resume = parser.parse(pdf.build(), "sidebar-timeline.pdf");

    assertThat(resume.education())
        .extracting(
            Education::institution, Education::studyType, Education::startDate, Education::endDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ohio State University",
                "Doctor of Philosophy",
                PartialDate.ofYear(2006),
                PartialDate.ofYear(2010)),
            org.assertj.core.groups.Tuple.tuple(
                "University of Amsterdam",
                "Master of Engineering",
                PartialDate.ofYear(2002),
                PartialDate.ofYear(2006)));
  }
}
