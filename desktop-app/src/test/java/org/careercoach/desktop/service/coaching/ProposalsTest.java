package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProposalsTest {

  private static Resume draft;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        ProposalsTest.class.getResourceAsStream(
            "/org/careercoach/desktop/service/jobmatch/java-resume.json")) {
      draft = CoachJson.mapper().readValue(in, Resume.class);
    }
  }

  @Test
  void theMaterialIsTheSummaryAndTheHighlightsOnlyOneALine() {
    String material = RewriteMaterial.of(draft);

    assertThat(material.lines().toList())
        .first()
        .satisfies(line -> assertThat(line).startsWith("basics.summary: Backend engineer"));
    assertThat(material)
        .contains(
            "work[0].highlights[0]: Led the move of card settlement to an event log, cutting"
                + " reconciliation time from 6 hours to 40 minutes\n")
        .doesNotContain("Amara", "amara.okafor@example.com", "+44");
    assertThat(material.lines()).hasSize(1 + 4 + 4 + 2);
  }

  @Test
  void aRewriteKeepingTheFactsIsAcceptableAndOneInventingAnyIsNot() {
    String reply =
        String.join(
            "\n",
            "Here are my suggestions:",
            "work[0].highlights[0] => Moved card settlement to an event log: reconciliation went"
                + " from 6 hours to 40 minutes",
            "work[0].highlights[1] => Designed the idempotent payout API at Stripe, serving 5"
                + " million requests a day",
            "basics.summary => Backend engineer with an MBA who keeps payment systems up under"
                + " load.",
            "work[1].highlights[1] => Cut the nightly batch from 3 hours to 25 minutes by"
                + " rewriting its queries",
            "work[9].highlights[0] => Did something at a job the draft does not have",
            "work[1].highlights[0] => Built the invoicing service used by 1,200 small businesses"
                + " in 2019",
            "work[2].highlights[0] => Shipped 12 features of the customer portal in Java and"
                + " PostgreSQL in 2016",
            "work[2].highlights[1] => Automated the release checklist, saving 9 days of manual"
                + " work each sprint");

    List<Proposal> proposals = Proposals.read(reply, draft);

    assertThat(proposals)
        .extracting(Proposal::path)
        .containsExactly(
            "work[0].highlights[0]",
            "work[0].highlights[1]",
            "basics.summary",
            "work[1].highlights[0]",
            "work[2].highlights[0]",
            "work[2].highlights[1]");
    assertThat(proposals.get(0).acceptable()).isTrue();
    assertThat(proposals.get(0).before()).startsWith("Led the move of card settlement");
    assertThat(proposals.get(1).invented()).containsExactly("5", "Stripe");
    assertThat(proposals.get(2).invented()).containsExactly("MBA");
    assertThat(proposals.get(3).invented()).containsExactly("2019");
    // 12 is the draft's own count and 2016 a year it states; a 9 taken from a date's month
    // ("2017-09") is not a fact the draft states.
    assertThat(proposals.get(4).acceptable()).isTrue();
    assertThat(proposals.get(5).invented()).containsExactly("9");
  }

  @Test
  void towardAJobTheAdComesFirstThenTheSameItems() {
    JobPosting job =
        new JobPosting(
            "Platform Engineer",
            "",
            "Platform Engineer\n" + "x".repeat(7_000),
            List.of(),
            List.of());

    String material = RewriteMaterial.towardJob(draft, job);

    assertThat(material)
        .startsWith("Job: Platform Engineer\nPlatform Engineer\nxxx")
        .endsWith("\n\nItems:\n" + RewriteMaterial.of(draft))
        .doesNotContain("Amara");
    assertThat(material.indexOf("\n\nItems:"))
        .as("a long ad is cut")
        .isLessThan(RewriteMaterial.MAX_JOB_CHARS + 40);
  }

  @Test
  void aSkillTheJobAsksForIsRefusedInAnyCapitalsUnlessTheDraftNamesIt() {
    String reply =
        "work[0].highlights[1] => Designed an idempotent payout API in kotlin on kubernetes,"
            + " now serving 2 million requests a day\n";

    Proposal proposal = Proposals.read(reply, draft, List.of("Kotlin", "Kubernetes", "Go")).get(0);

    assertThat(proposal.invented()).containsExactly("Kubernetes");
    assertThat(proposal.acceptable()).isFalse();
    assertThat(Proposals.read(reply, draft).get(0).invented())
        .as("without the job's skills, a lower-case skill passes the name check")
        .isEmpty();
    assertThat(
            Proposals.read(
                    "work[0].highlights[1] => Built a Go-style payout API\n", draft, List.of("Go"))
                .get(0)
                .invented())
        .contains("Go");
  }

  @Test
  void interviewMaterialIsTheJobAndTheHeadlinePositionsAndSkillsNothingPersonal() {
    JobPosting job =
        new JobPosting("Payments Engineer", "", "Payments Engineer\nJava", List.of(), List.of());

    assertThat(InterviewMaterial.of(draft, job))
        .isEqualTo(
            "Job: Payments Engineer\nPayments Engineer\nJava\n\nResume:\n"
                + "Headline: Backend Engineer\n"
                + "Position: Senior Backend Engineer at Northwind Payments\n"
                + "Position: Software Engineer at Blue Harbor Software\n"
                + "Position: Junior Developer at Kestrel Labs\n"
                + "Skills: Backend, Java, Kotlin, PostgreSQL, Kafka\n");
    assertThat(InterviewMaterial.of(Resume.of(null), null)).isEmpty();
  }
}
