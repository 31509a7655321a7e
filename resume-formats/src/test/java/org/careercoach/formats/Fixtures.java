package org.careercoach.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careercoach.formats.layout.Layouts;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Profile;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Work;

/** Resumes the format tests render, and what of them must show up in a rendered file. */
public final class Fixtures {

  private Fixtures() {}

  /** The official JSON Resume sample (from {@code ../shared}). */
  public static Resume sample() {
    try {
      return CoachJson.mapper()
          .readValue(
              Files.readString(SharedData.require("jsonresume/sample.resume.json")), Resume.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A resume that fills about two A4 pages in either template, with dates of every precision. */
  public static Resume twoPages() {
    List<Work> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<String> highlights = new ArrayList<>();
      for (int h = 0; h < 4; h++) {
        highlights.add(
            "Delivered improvement number "
                + (h + 1)
                + " at company "
                + (i + 1)
                + ", cutting the time customers waited for their reports by a third and keeping"
                + " the service up through two migrations");
      }
      jobs.add(
          new Work(
              "Company " + (char) ('A' + i) + " Ltd",
              "Lisbon",
              null,
              "Senior Engineer " + (i + 1),
              "https://company" + i + ".example.com",
              PartialDate.ofMonth(2020 - 2 * i, 1 + i),
              i == 0 ? null : PartialDate.ofMonth(2021 - 2 * i, 12 - i),
              "Built and ran the systems behind the company's main product, a platform used by"
                  + " thousands of people every day, together with a team of six engineers.",
              highlights,
              Map.of()));
    }
    Basics basics =
        new Basics(
            "Ana Sofia Silva",
            "Staff Software Engineer",
            null,
            "ana.silva@example.com",
            "+351 912 345 678",
            "https://ana.example.com",
            "Engineer with fifteen years of building reliable services and the teams that run them.",
            new Location(null, null, "Lisbon", "PT", "Lisboa", Map.of()),
            List.of(
                new Profile("GitHub", "anasilva", "https://github.com/anasilva", Map.of()),
                new Profile(
                    "LinkedIn", "ana-silva", "https://linkedin.com/in/ana-silva", Map.of())),
            Map.of());
    List<Education> education =
        List.of(
            new Education(
                "University of Lisbon",
                "https://ulisboa.example.com",
                "Computer Science",
                "Master of Science",
                PartialDate.ofYear(2004),
                PartialDate.of(2006, 7, 15),
                null,
                List.of(),
                Map.of()),
            new Education(
                "University of Porto",
                null,
                "Mathematics",
                "Bachelor of Science",
                PartialDate.ofMonth(2000, 9),
                PartialDate.ofMonth(2004, 6),
                null,
                List.of(),
                Map.of()));
    List<Skill> skills =
        List.of(
            new Skill("Languages", null, List.of("Java", "Kotlin", "SQL", "Python"), Map.of()),
            new Skill("Platforms", null, List.of("PostgreSQL", "Redis", "Kubernetes"), Map.of()));
    return new Resume(
        null, basics, jobs, null, education, null, null, null, skills, null, null, null, null, null,
        Map.of());
  }

  /**
   * Every piece of text of a resume a reader must find in a rendered file: all its strings (but the
   * image, the {@code $schema} and the tooling's meta), and its dates as the templates write them.
   */
  public static List<String> visibleTexts(Resume resume) {
    List<String> out = new ArrayList<>();
    collect(resume, out);
    return out;
  }

  private static void collect(Object value, List<String> out) {
    if (value == null) {
      return;
    }
    if (value instanceof String s) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    } else if (value instanceof PartialDate d) {
      out.add(Layouts.date(d));
    } else if (value instanceof List<?> list) {
      list.forEach(v -> collect(v, out));
    } else if (value instanceof Record record) {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        String name = c.getName();
        if (name.equals("schema")
            || name.equals("image")
            || name.equals("meta")
            || name.equals("extensions")) {
          continue;
        }
        try {
          collect(c.getAccessor().invoke(record), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Text without any white space, for matching text whose lines may wrap anywhere. */
  public static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Text with every run of white space made one space, as lines wrap differently per format. */
  public static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
