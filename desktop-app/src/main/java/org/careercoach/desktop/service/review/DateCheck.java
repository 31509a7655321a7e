package org.careercoach.desktop.service.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/**
 * Dates that agree with each other: no entry ends before it starts; overlapping jobs and gaps of
 * more than six months between jobs are named (an overlap may be intended, a gap is worth a line of
 * explanation). Dates count in months; a year alone stands for its whole span (January to
 * December), so coarse dates never make a gap or an overlap that finer ones would not.
 */
final class DateCheck {

  static final int GAP_MONTHS = 6;
  static final int OVERLAP_MONTHS = 2;

  private DateCheck() {}

  /** A job's span in months since year 0; {@code end} is today for a current job. */
  private record Span(int index, String who, int start, int end) {}

  static List<Finding> check(Resume resume, YearMonth today) {
    List<Finding> findings = new ArrayList<>();
    List<Span> jobs = new ArrayList<>();
    // The months a job with broken dates names: one of them is wrong, so its span is unknown, and a
    // gap that holds either is more likely that job than time out of work.
    List<Integer> broken = new ArrayList<>();
    List<Work> work = Texts.list(resume.work());
    for (int i = 0; i < work.size(); i++) {
      Work job = work.get(i);
      Span span =
          span(
              i,
              Texts.blank(job.name()) ? job.position() : job.name(),
              job.startDate(),
              job.endDate(),
              today);
      if (!inOrder("work[" + i + "]", job.startDate(), job.endDate(), findings)) {
        broken.add(month(job.startDate(), false));
        broken.add(month(job.endDate(), true));
      } else if (span != null) {
        jobs.add(span);
      }
    }
    List<Volunteer> volunteer = Texts.list(resume.volunteer());
    for (int i = 0; i < volunteer.size(); i++) {
      inOrder(
          "volunteer[" + i + "]",
          volunteer.get(i).startDate(),
          volunteer.get(i).endDate(),
          findings);
    }
    List<Education> education = Texts.list(resume.education());
    for (int i = 0; i < education.size(); i++) {
      inOrder(
          "education[" + i + "]",
          education.get(i).startDate(),
          education.get(i).endDate(),
          findings);
    }
    jobs.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    gaps(jobs, broken, findings);
    overlaps(jobs, findings);
    return findings;
  }

  private static boolean inOrder(
      String entry, PartialDate start, PartialDate end, List<Finding> findings) {
    if (start != null && end != null && month(end, true) < month(start, false)) {
      findings.add(
          new Finding(
              CheckKind.DATE_ORDER,
              entry + ".endDate",
              "order",
              "It ends (" + end + ") before it starts (" + start + ").",
              "Correct the start or the end date."));
      return false;
    }
    return true;
  }

  private static void gaps(List<Span> jobs, List<Integer> broken, List<Finding> findings) {
    Span reachedBy = null;
    for (Span job : jobs) {
      if (reachedBy != null) {
        int gap = job.start() - reachedBy.end() - 1;
        int from = reachedBy.end();
        boolean explained = broken.stream().anyMatch(m -> m >= from && m <= job.start());
        if (gap > GAP_MONTHS && !explained) {
          findings.add(
              new Finding(
                  CheckKind.DATE_GAP,
                  "work[" + job.index() + "].startDate",
                  "gap",
                  "A gap of " + gap + " months before " + name(job) + ".",
                  "Say in a line what you did then (study, travel, care, a project)."));
        }
      }
      if (reachedBy == null || job.end() > reachedBy.end()) {
        reachedBy = job;
      }
    }
  }

  /**
   * One finding per job that starts while earlier ones still run (by more than {@link
   * #OVERLAP_MONTHS}), naming all of them: a long-held post overlapping everything is said once per
   * later job, and a new overlap changes the finding's subject, so it is a new point.
   */
  private static void overlaps(List<Span> jobs, List<Finding> findings) {
    for (int b = 1; b < jobs.size(); b++) {
      Span later = jobs.get(b);
      List<Span> earlier = new ArrayList<>();
      int longest = 0;
      for (int a = 0; a < b; a++) {
        Span before = jobs.get(a);
        int overlap = Math.min(before.end(), later.end()) - later.start() + 1;
        if (overlap > OVERLAP_MONTHS) {
          earlier.add(before);
          longest = Math.max(longest, overlap);
        }
      }
      if (!earlier.isEmpty()) {
        String names = String.join(", ", earlier.stream().map(DateCheck::name).toList());
        String subject =
            "overlap "
                + String.join(
                    " ", earlier.stream().map(s -> String.valueOf(s.index())).sorted().toList());
        findings.add(
            new Finding(
                CheckKind.DATE_OVERLAP,
                "work[" + later.index() + "].startDate",
                subject,
                name(later) + " overlaps " + names + " by up to " + longest + " months.",
                "If you held them at once, say so (part-time, freelance); else fix the dates."));
      }
    }
  }

  private static Span span(
      int index, String who, PartialDate start, PartialDate end, YearMonth today) {
    if (start == null) {
      return null;
    }
    int now = today.getYear() * 12 + today.getMonthValue() - 1;
    return new Span(index, who, month(start, false), end == null ? now : month(end, true));
  }

  private static String name(Span job) {
    return Texts.blank(job.who()) ? "job " + (job.index() + 1) : job.who().strip();
  }

  /** A date as months since year 0; a year alone is its first month, or its last as an end. */
  static int month(PartialDate date, boolean asEnd) {
    int month = date.month() == null ? (asEnd ? 12 : 1) : date.month();
    return date.year() * 12 + month - 1;
  }
}
