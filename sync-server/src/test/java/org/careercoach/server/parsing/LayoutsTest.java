package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

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
            tuple("Acme Corp", "Senior Backend Engineer", PartialDate.ofMonth(2021, 5)),
            tuple("Globex", "Software Developer", PartialDate.ofMonth(2018, 6)),
            tuple("Initech", "Junior Developer", PartialDate.ofMonth(2016, 9)));
    assertThat(resume.work().get(0).endDate()).isNull();
    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType, Education::area)
        .containsExactly(tuple("University of Lisbon", "BSc", "Computer Science"));
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
            tuple("Acme Corp", "Senior Backend Engineer"), tuple("Globex", "Software Developer"));
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
            tuple("Acme Corp", "Senior Backend Engineer"), tuple("Globex", "Software Developer"));
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
            tuple(
                "Gadomski Health",
                "Clinical Nurse Specialist",
                PartialDate.ofMonth(2014, 10),
                PartialDate.ofMonth(2020, 5)),
            tuple(
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
            tuple(
                "Ohio State University",
                "Doctor of Philosophy",
                PartialDate.ofYear(2006),
                PartialDate.ofYear(2010)),
            tuple(
                "University of Amsterdam",
                "Master of Engineering",
                PartialDate.ofYear(2002),
                PartialDate.ofYear(2006)));
  }

  @Test
  void labelsInAGutterHeadTheBlockBesideThemWithTheirDates() {
    // A one-page theme's gutter: a label over two lines with the dates under it beside each
    // entry; "Clinical Experience" and "Higher Education" are headings by where they stand.
    float text = 170;
    LayoutPdf pdf =
        new LayoutPdf()
            .title(200, 50, "Ana Maria Silva")
            .text(50, 75, "ana.silva@example.com | +1 (415) 555-0134 | Lisbon, Portugal")
            .text(50, 110, "Skills")
            .text(text, 110, "Triage, Phlebotomy, Palliative Care")
            .text(50, 150, "Clinical")
            .text(50, 162, "Experience")
            .text(50, 178, "2019 – 2023")
            .bold(text, 150, "Clinical Nurse Specialist, Gadomski Health")
            .text(text, 162, "Reduced complaints by 46% across four wards")
            .text(text, 174, "Led a team of 38 specialists through the night shift")
            .text(50, 215, "Higher Education")
            .text(50, 231, "2011 – 2014")
            .bold(text, 215, "University of Lisbon")
            .text(text, 227, "Bachelor of Science in Nursing")
            .text(50, 265, "Languages")
            .text(text, 265, "Portuguese, English")
            .text(50, 300, "Interests")
            .text(text, 300, "Sailing, Choir");

    Resume resume = parser.parse(pdf.build(), "gutter.pdf");

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate, Work::endDate)
        .containsExactly(
            tuple(
                "Gadomski Health",
                "Clinical Nurse Specialist",
                PartialDate.ofYear(2019),
                PartialDate.ofYear(2023)));
    assertThat(resume.education())
        .extracting(Education::institution, Education::startDate, Education::endDate)
        .containsExactly(
            tuple("University of Lisbon", PartialDate.ofYear(2011), PartialDate.ofYear(2014)));
  }

  @Test
  void aFormsKeysSayWhatEachValueBesideThemIs() {
    // Europass: keys set flush right against a rule, each value level with its key.
    float rule = 160;
    LayoutPdf pdf = new LayoutPdf();
    float[] y = {60};
    java.util.function.BiConsumer<String, String> row =
        (key, value) -> {
          if (!key.isEmpty()) {
            pdf.text(rule - LayoutPdf.width(key), y[0], key);
          }
          if (!value.isEmpty()) {
            pdf.text(rule + 12, y[0], value);
          }
          y[0] += 13;
        };
    pdf.bold(rule - LayoutPdf.width("Curriculum Vitae") - 4, y[0], "Curriculum Vitae");
    y[0] += 30;
    pdf.bold(rule - LayoutPdf.width("Personal information") - 6, y[0], "Personal information");
    y[0] += 16;
    row.accept("Name / Surname", "Ana Maria Silva");
    row.accept("Telephone", "+1 (415) 555-0134");
    row.accept("Email", "ana.silva@example.com");
    row.accept("Desired employment", "Staff Nurse");
    y[0] += 14;
    pdf.bold(rule - LayoutPdf.width("Work experience") - 4, y[0], "Work experience");
    y[0] += 16;
    row.accept("Dates", "May 2019 – June 2021");
    row.accept("Occupation or position held", "Clinical Nurse Specialist");
    row.accept("Name of employer", "Gadomski Health");
    row.accept("Main activities and", "Led a team of 38 specialists");
    row.accept("responsibilities", "");
    y[0] += 10;
    row.accept("Dates", "March 2015 – April 2019");
    row.accept("Occupation or position held", "Nurse Practitioner");
    row.accept("Name of employer", "Atlas Construction Group");
    y[0] += 14;
    pdf.bold(rule - LayoutPdf.width("Education and training") - 4, y[0], "Education and training");
    y[0] += 16;
    row.accept("Dates", "2011 – 2014");
    row.accept("Title of qualification awarded", "Bachelor of Science in Nursing");
    row.accept("Name of organisation providing", "University of Lisbon");
    row.accept("education", "");

    Resume resume = parser.parse(pdf.build(), "europass.pdf");

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.basics().label()).isEqualTo("Staff Nurse");
    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate, Work::endDate)
        .containsExactly(
            tuple(
                "Gadomski Health",
                "Clinical Nurse Specialist",
                PartialDate.ofMonth(2019, 5),
                PartialDate.ofMonth(2021, 6)),
            tuple(
                "Atlas Construction Group",
                "Nurse Practitioner",
                PartialDate.ofMonth(2015, 3),
                PartialDate.ofMonth(2019, 4)));
    assertThat(resume.education())
        .extracting(Education::institution, Education::studyType)
        .containsExactly(tuple("University of Lisbon", "Bachelor of Science"));
  }

  @Test
  void labelsLevelWithTheirTextUnderAHeaderRunAcrossHeadWhatTheyStandBeside() {
    // A one-page theme: the name and title set large on one line, the contacts across the page
    // above both columns, and each label on the baseline of the first line it heads.
    float text = 170;
    LayoutPdf pdf =
        new LayoutPdf()
            .title(50, 50, "Ana Maria Silva, Staff Nurse")
            .text(50, 70, "ana.silva@example.com | +1 (415) 555-0134 | Lisbon, Portugal, PT")
            .text(50, 100, "career summary")
            .text(text, 100, "Nurse with ten years on surgical and intensive care wards.")
            .text(50, 130, "professional")
            .bold(text, 130, "Gadomski Health, Clinical Nurse Specialist")
            .text(480, 130, "2019 – 2023")
            .text(50, 142, "background")
            .text(text, 142, "Reduced complaints by 46% across four wards")
            .text(text, 154, "Led a team of 38 specialists through the night shift")
            .text(text, 172, "Atlas Construction Group, Nurse Practitioner")
            .text(480, 172, "2015 – 2019")
            .text(text, 184, "Trained the site's first aiders")
            .text(50, 210, "degrees")
            .bold(text, 210, "University of Lisbon")
            .text(480, 210, "2011 – 2014")
            .text(text, 222, "Bachelor of Science in Nursing")
            .text(50, 250, "toolbox")
            .text(text, 250, "Triage, Phlebotomy, Palliative Care, Wound Care");

    Resume resume = parser.parse(pdf.build(), "one-page.pdf");

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.basics().label()).isEqualTo("Staff Nurse");
    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate)
        .containsExactly(
            tuple("Gadomski Health", "Clinical Nurse Specialist", PartialDate.ofYear(2019)),
            tuple("Atlas Construction Group", "Nurse Practitioner", PartialDate.ofYear(2015)));
    assertThat(resume.education())
        .extracting(Education::institution, Education::startDate)
        .containsExactly(tuple("University of Lisbon", PartialDate.ofYear(2011)));
  }

  @Test
  void lowerCaseLabelsFlushRightAgainstTheTextHeadItWhateverTheirWords() {
    // moderncv's fancy style: each heading set flush right against the text, broken over two
    // lines, in words no dictionary holds ("where i've" over "worked").
    float rule = 150;
    float text = 166;
    LayoutPdf pdf = new LayoutPdf().title(text, 50, "Deondre Kreiger");
    java.util.function.BiConsumer<String, Float> label =
        (words, y) -> pdf.text(rule - LayoutPdf.width(words), y, words);
    label.accept("professional", 100f);
    label.accept("overview", 112f);
    pdf.text(text, 100, "Negotiated contracts with 40 suppliers across Europe and kept");
    pdf.text(text, 112, "stock turning eleven times a year.");
    label.accept("where i've", 140f);
    label.accept("worked", 152f);
    pdf.bold(text, 140, "Shipping Clerk, Kutchside Foods, Munich.").text(470, 140, "2021 – 2022");
    pdf.text(text + 10, 152, "Improved demand planning across 5 departments");
    pdf.text(text + 10, 164, "Cut late deliveries by half");
    pdf.text(text + 10, 176, "Trained four new clerks");
    pdf.bold(text, 194, "Warehouse Manager, Watsica Inc, Denver.").text(470, 194, "2019 – 2021");
    pdf.text(text + 10, 206, "Reduced turnaround by 37%");
    pdf.text(text + 10, 218, "Ran the yearly stock count");
    label.accept("credentials", 246f);
    pdf.bold(text, 246, "Associate of Applied Science, University of Leeds.")
        .text(470, 246, "2016 – 2018");
    label.accept("core", 276f);
    label.accept("competencies", 288f);
    pdf.text(text, 276, "WMS, Oracle SCM, Excel, SAP MM, Six Sigma");

    Resume resume = parser.parse(pdf.build(), "fancy.pdf");

    assertThat(resume.work())
        .extracting(Work::name, Work::position, Work::startDate)
        .containsExactly(
            tuple("Kutchside Foods", "Shipping Clerk", PartialDate.ofYear(2021)),
            tuple("Watsica Inc", "Warehouse Manager", PartialDate.ofYear(2019)));
    assertThat(resume.education())
        .extracting(Education::institution, Education::startDate)
        .containsExactly(tuple("University of Leeds", PartialDate.ofYear(2016)));
  }

  @Test
  void aTownInTheMarginBesideANameSetLargeIsNoPartOfTheName() {
    // moderncv's fancy header: the town set small and flush right in the margin, on the name's
    // baseline, close enough for a page reader to join them into one piece of text.
    float rule = 120;
    LayoutPdf pdf =
        new LayoutPdf()
            .text(rule - LayoutPdf.width("San Francisco"), 60, "San Francisco")
            .title(rule + 12.5f, 60, "Richard Hendriks")
            .text(rule - LayoutPdf.width("US"), 72, "US")
            .text(rule + 12.5f, 80, "Programmer")
            .text(rule - LayoutPdf.width("richard@example.com"), 84, "richard@example.com")
            .bold(rule + 12.5f, 110, "Experience")
            .text(rule + 12.5f, 125, "Engineer, Pied Piper")
            .text(rule + 12.5f, 137, "2014 – 2019");

    Resume resume = parser.parse(pdf.build(), "fancy-header.pdf");

    assertThat(resume.basics().name()).isEqualTo("Richard Hendriks");
    assertThat(resume.basics().label()).isNotEqualTo("San Francisco");
  }
}
