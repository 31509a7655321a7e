package org.careercoach.desktop.service.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

/**
 * The review measured on problems planted in the 21 real resumes of {@code ../shared/eval/dev}:
 * each copy gets one problem, and the review must find it (recall) and raise nothing else that the
 * original did not have (precision). The checks were written looking at r001–r010 only; r011–r021
 * were kept aside and give the figures that count. A clean resume gets no finding at all.
 */
class ReviewLabelledSetTest {

  private static final Instant TODAY = Instant.parse("2026-12-01T12:00:00Z");
  private static final YearMonth MONTH = YearMonth.of(2026, 12);
  private static final ResumeReview REVIEW = new ResumeReview(Clock.fixed(TODAY, ZoneOffset.UTC));

  /** Per check: planted, found, and findings raised that no plant explains. */
  record Tally(int planted, int found, int falseAlarms) {
    double recall() {
      return planted == 0 ? 1 : (double) found / planted;
    }

    double precision() {
      return found + falseAlarms == 0 ? 1 : (double) found / (found + falseAlarms);
    }
  }

  @Test
  void onTheResumesKeptAsideTheReviewFindsWhatWasPlantedAndLittleElse() throws IOException {
    Map<CheckKind, Tally> keptAside = measure(resumes(11, 21));
    Map<CheckKind, Tally> looked = measure(resumes(1, 10));
    String table = table(looked, keptAside);
    System.out.println(table);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "review-planted-problems.md"), table);

    Tally all = total(keptAside);
    assertThat(all.recall())
        .as("recall on the resumes kept aside\n" + table)
        .isGreaterThanOrEqualTo(0.9);
    assertThat(all.precision())
        .as("precision on the resumes kept aside\n" + table)
        .isGreaterThanOrEqualTo(0.9);
    keptAside.forEach(
        (kind, tally) ->
            assertThat(tally.recall()).as(kind + " recall\n" + table).isGreaterThanOrEqualTo(0.8));
  }

  @Test
  void aCleanResumeGetsNoFindingAtAll() throws IOException {
    Resume clean;
    try (var in = getClass().getResourceAsStream("clean-resume.json")) {
      clean = CoachJson.mapper().readValue(in, Resume.class);
    }

    Scorecard card = REVIEW.review(clean);

    assertThat(card.findings()).isEmpty();
    assertThat(card.score()).isEqualTo(100);
  }

  private static Map<CheckKind, Tally> measure(List<Resume> bases) {
    Map<CheckKind, Tally> tallies = new EnumMap<>(CheckKind.class);
    for (Resume base : bases) {
      Set<String> before = identities(REVIEW.review(base).findings());
      for (PlantedProblems.Planted planted : PlantedProblems.all(base, MONTH)) {
        List<Finding> raised =
            REVIEW.review(planted.resume()).findings().stream()
                .filter(f -> !before.contains(f.identity()))
                .toList();
        boolean found =
            raised.stream()
                .anyMatch(f -> f.kind() == planted.kind() && f.path().equals(planted.path()));
        add(tallies, planted.kind(), 1, found ? 1 : 0, 0);
        for (Finding f : raised) {
          boolean explained = f.kind() == planted.kind() && f.path().equals(planted.path());
          if (!explained) {
            add(tallies, f.kind(), 0, 0, 1);
          }
        }
      }
    }
    return tallies;
  }

  private static void add(
      Map<CheckKind, Tally> tallies, CheckKind kind, int planted, int found, int alarms) {
    tallies.merge(
        kind,
        new Tally(planted, found, alarms),
        (a, b) ->
            new Tally(
                a.planted() + b.planted(),
                a.found() + b.found(),
                a.falseAlarms() + b.falseAlarms()));
  }

  private static Tally total(Map<CheckKind, Tally> tallies) {
    return tallies.values().stream()
        .reduce(
            new Tally(0, 0, 0),
            (a, b) ->
                new Tally(
                    a.planted() + b.planted(),
                    a.found() + b.found(),
                    a.falseAlarms() + b.falseAlarms()));
  }

  private static Set<String> identities(List<Finding> findings) {
    return findings.stream().map(Finding::identity).collect(Collectors.toSet());
  }

  private static List<Resume> resumes(int first, int last) throws IOException {
    Path truth = SharedData.require("eval/dev/truth");
    List<Resume> resumes = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      Path file = truth.resolve(String.format(Locale.ROOT, "r%03d.json", n));
      resumes.add(CoachJson.mapper().readValue(file.toFile(), Resume.class));
    }
    return resumes;
  }

  private static String table(Map<CheckKind, Tally> looked, Map<CheckKind, Tally> keptAside) {
    StringBuilder out =
        new StringBuilder(
            "| check | looked at (r001–r010): planted, found, false alarms, recall, precision"
                + " | kept aside (r011–r021): planted, found, false alarms, recall, precision |\n"
                + "|---|---|---|\n");
    for (CheckKind kind : CheckKind.values()) {
      if (looked.containsKey(kind) || keptAside.containsKey(kind)) {
        out.append("| ")
            .append(kind.title())
            .append(" | ")
            .append(cell(looked.get(kind)))
            .append(" | ")
            .append(cell(keptAside.get(kind)))
            .append(" |\n");
      }
    }
    out.append("| all | ")
        .append(cell(total(looked)))
        .append(" | ")
        .append(cell(total(keptAside)))
        .append(" |\n");
    return out.toString();
  }

  private static String cell(Tally t) {
    if (t == null) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%d, %d, %d, %.2f, %.2f",
        t.planted(),
        t.found(),
        t.falseAlarms(),
        t.recall(),
        t.precision());
  }
}
