package org.careercoach.desktop.service.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;

/**
 * Length for the experience: about a page (450–700 words) until ten years of work, two pages past
 * it. Too long under three years, or too thin for many years, is a finding.
 */
final class LengthCheck {

  static final int JUNIOR_YEARS = 3;
  static final int SENIOR_YEARS = 10;
  static final int JUNIOR_MAX_WORDS = 750;
  static final int ANY_MAX_WORDS = 1400;
  static final int SENIOR_MIN_WORDS = 150;

  private LengthCheck() {}

  static List<Finding> check(Resume resume, YearMonth today) {
    int words = words(resume);
    int years = yearsOfWork(resume, today);
    List<Finding> findings = new ArrayList<>();
    if (years < JUNIOR_YEARS && words > JUNIOR_MAX_WORDS) {
      findings.add(
          finding(
              words + " words for " + years(years) + " of work: more than a page.",
              "Keep it to one page: cut the oldest and least relevant lines."));
    } else if (words > ANY_MAX_WORDS) {
      findings.add(
          finding(
              words + " words: more than two pages.",
              "Two pages at most: keep the last ten years in detail, the rest in a line each."));
    } else if (years >= SENIOR_YEARS && words < SENIOR_MIN_WORDS) {
      findings.add(
          finding(
              "Only " + words + " words for " + years(years) + " of work.",
              "Add highlights to your recent jobs: what you did and what came of it."));
    }
    return findings;
  }

  private static String years(int years) {
    return years == 1 ? "1 year" : years + " years";
  }

  private static Finding finding(String problem, String fix) {
    return new Finding(CheckKind.LENGTH, "work", "length", problem, fix);
  }

  /** From the first job's start to today, in whole years (0 without dated jobs). */
  static int yearsOfWork(Resume resume, YearMonth today) {
    int first = Integer.MAX_VALUE;
    for (Work job : Texts.list(resume.work())) {
      if (job.startDate() != null) {
        first = Math.min(first, DateCheck.month(job.startDate(), false));
      }
    }
    int now = today.getYear() * 12 + today.getMonthValue() - 1;
    return first == Integer.MAX_VALUE ? 0 : Math.max(0, (now - first) / 12);
  }

  static int words(Resume resume) {
    int words = resume.basics() == null ? 0 : Texts.count(resume.basics().summary());
    for (Work job : Texts.list(resume.work())) {
      words += Texts.count(job.summary()) + Texts.count(job.description());
      words += Texts.list(job.highlights()).stream().mapToInt(Texts::count).sum();
    }
    for (Education school : Texts.list(resume.education())) {
      words += Texts.count(school.area()) + Texts.count(school.institution());
      words += Texts.list(school.courses()).stream().mapToInt(Texts::count).sum();
    }
    for (Project project : Texts.list(resume.projects())) {
      words += Texts.count(project.description());
      words += Texts.list(project.highlights()).stream().mapToInt(Texts::count).sum();
    }
    return words;
  }
}
