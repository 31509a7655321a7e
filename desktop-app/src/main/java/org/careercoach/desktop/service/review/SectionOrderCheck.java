package org.careercoach.desktop.service.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;

/**
 * Section order, as the exports print it ({@link SectionOrder}): a reader gives a resume seconds,
 * so what backs the person up most comes first. Experience leads once there are three years of it;
 * Education leads for someone with under two years of work who studied in the last three; a minor
 * section (interests, references, languages) never stands above both. Each finding carries the
 * order that fixes it.
 */
final class SectionOrderCheck {

  /** Sections a reader does not look for first. */
  private static final Map<String, String> MINOR =
      Map.of("interests", "Interests", "references", "References", "languages", "Languages");

  static final int GRADUATE_MAX_YEARS = 2;
  static final int RECENT_STUDY_YEARS = 3;

  private SectionOrderCheck() {}

  static List<Finding> check(Resume resume, YearMonth today) {
    List<String> order = SectionOrder.of(resume).names();
    boolean work = !Texts.list(resume.work()).isEmpty();
    boolean education = !Texts.list(resume.education()).isEmpty();
    int years = LengthCheck.yearsOfWork(resume, today);
    List<Finding> findings = new ArrayList<>();
    if (work && education) {
      boolean educationFirst = order.indexOf("education") < order.indexOf("work");
      if (years >= LengthCheck.JUNIOR_YEARS && educationFirst) {
        findings.add(
            new Finding(
                CheckKind.SECTION_ORDER,
                "work",
                "experience first",
                "Education stands above Experience, though you have " + years + " years of work.",
                "Put Experience first: with years of work behind you, it is what readers look"
                    + " for.",
                before(order, "work", "education")));
      } else if (years < GRADUATE_MAX_YEARS && !educationFirst && studiedRecently(resume, today)) {
        findings.add(
            new Finding(
                CheckKind.SECTION_ORDER,
                "education",
                "education first",
                "Experience stands above Education, though you studied recently and have under "
                    + GRADUATE_MAX_YEARS
                    + " years of work.",
                "Put Education first: early in a career, it is your strongest section.",
                before(order, "education", "work")));
      }
    }
    List<String> major = new ArrayList<>();
    if (work) {
      major.add("work");
    }
    if (education) {
      major.add("education");
    }
    if (major.isEmpty()) {
      return findings;
    }
    int firstMajor = major.stream().mapToInt(order::indexOf).min().orElseThrow();
    MINOR.forEach(
        (section, title) -> {
          if (present(resume, section) && order.indexOf(section) < firstMajor) {
            List<String> moved = new ArrayList<>(order);
            moved.remove(section);
            moved.add(section);
            findings.add(
                new Finding(
                    CheckKind.SECTION_ORDER,
                    section,
                    "minor section first",
                    title + " stands above your " + (work ? "experience" : "education") + ".",
                    "Move " + title + " to the end: readers look for your work first.",
                    moved));
          }
        });
    findings.sort(Comparator.comparing(Finding::path));
    return findings;
  }

  /** {@code order} with {@code first} moved to just before {@code second}. */
  private static List<String> before(List<String> order, String first, String second) {
    List<String> moved = new ArrayList<>(order);
    moved.remove(first);
    moved.add(moved.indexOf(second), first);
    return moved;
  }

  private static boolean studiedRecently(Resume resume, YearMonth today) {
    int now = today.getYear() * 12 + today.getMonthValue() - 1;
    for (Education school : Texts.list(resume.education())) {
      if (school.endDate() == null) {
        if (school.startDate() != null) {
          return true; // still studying
        }
      } else if (now - DateCheck.month(school.endDate(), true) < RECENT_STUDY_YEARS * 12) {
        return true;
      }
    }
    return false;
  }

  private static boolean present(Resume resume, String section) {
    return switch (section) {
      case "interests" -> !Texts.list(resume.interests()).isEmpty();
      case "references" -> !Texts.list(resume.references()).isEmpty();
      case "languages" -> !Texts.list(resume.languages()).isEmpty();
      default -> false;
    };
  }
}
