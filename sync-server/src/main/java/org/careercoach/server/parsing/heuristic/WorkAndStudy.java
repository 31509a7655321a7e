package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Degrees;
import org.careercoach.server.parsing.text.Roles;

/** Reads jobs and studies from entries: which heading piece is the title, which the employer. */
final class WorkAndStudy {

  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[|·•@]\\s+|\\s+[–—]\\s+|\\s+-\\s+|\\s+at\\s+");
  private static final Pattern BARS = Pattern.compile("\\s+[|·•]\\s+");
  private static final Pattern EDUCATION_SEPARATORS =
      Pattern.compile("\\s+[|·•@]\\s+|\\s+[–—]\\s+");
  private static final Pattern DEGREE_AT_SCHOOL = Pattern.compile("(.+?)\\s+at\\s+(.+)");
  private static final Pattern GPA =
      Pattern.compile("(?i)\\b(?:gpa|grade|cgpa)\\s*:?\\s*([0-9.]+\\s*(?:/\\s*[0-9.]+)?)");

  /** A unit of an employer, which belongs with the title: "Department of Computer Science". */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?i)^(?:office|department|dept\\.?|division|faculty|school|cent(?:er|re)|lab(?:oratory)?"
              + "|program(?:me)?|bureau|ministry)\\s+(?:of|for)\\b");

  private WorkAndStudy() {}

  static Work work(Entries.Entry entry) {
    List<String> heading = entry.heading();
    List<String> parts = parts(heading, true);
    String position = null;
    String company = null;
    if (heading.size() == 2 && Roles.isTitle(heading.get(1)) && !Roles.isTitle(heading.get(0))) {
      // "Company[, Place]" over "Title": each line is whole.
      company = heading.get(0);
      position = heading.get(1);
      parts = List.of();
    } else if (heading.size() == 2
        && Roles.isTitle(heading.get(0))
        && !Roles.isTitle(heading.get(1))
        && SEPARATORS.split(heading.get(0)).length == 1) {
      position = heading.get(0);
      company = heading.get(1);
      parts = List.of();
    }
    for (String part : parts) {
      if (position == null && Roles.isTitle(part) && !Roles.isPlace(part)) {
        position = part;
      } else if (company == null && !Roles.isPlace(part)) {
        company = part;
      }
    }
    if (company == null && position != null && parts.size() > 1) {
      company = parts.get(parts.indexOf(position) == 0 ? 1 : 0);
    }
    Body body = body(entry.body());
    return new Work(
        withoutPlace(company),
        null,
        null,
        position,
        null,
        entry.dates().start() != null ? entry.dates().start() : entry.dates().end(),
        entry.dates().start() != null ? entry.dates().end() : null,
        body.summary,
        body.highlights.isEmpty() ? null : body.highlights,
        Map.of());
  }

  /** Volunteering reads as a job: the organisation in the employer's place. */
  static Volunteer volunteer(Entries.Entry entry) {
    Work work = work(entry);
    return new Volunteer(
        work.name(),
        work.position(),
        null,
        work.startDate(),
        work.endDate(),
        work.summary(),
        work.highlights(),
        Map.of());
  }

  static Education education(Entries.Entry entry) {
    List<String> parts = new ArrayList<>(parts(entry.heading(), false));
    String institution = null;
    String degree = null;
    for (String part : parts) {
      if (institution == null && Roles.isInstitution(part)) {
        institution = part;
      } else if (degree == null && Roles.isDegree(part)) {
        degree = part;
      }
    }
    List<String> bodyLines = new ArrayList<>(entry.body());
    // A degree on the line under the school; "Major courses: …" is not one.
    if (degree == null && !bodyLines.isEmpty() && Degrees.mentions(bodyLines.get(0))) {
      degree = bodyLines.remove(0);
    }
    if (institution == null
        && degree != null
        && parts.size() >= 3
        && parts.get(0).equals(degree)
        && !Roles.isPlace(parts.get(parts.size() - 1))) {
      // "Degree — Field | Issuer": the issuer closes the line, whatever its name.
      institution = parts.get(parts.size() - 1);
    }
    if (institution == null) {
      for (String part : parts) {
        if (!part.equals(degree) && !Roles.isPlace(part)) {
          institution = part;
          break;
        }
      }
    }
    String studyType = degree;
    String area = null;
    if (degree != null) {
      String[] split = splitDegree(degree);
      studyType = split[0];
      area = split[1];
    }
    for (String part : parts) {
      // What is neither the school nor the degree is the field: "B.Arch — Architecture | School".
      if (area == null
          && !part.equals(institution)
          && !part.equals(degree)
          && !Roles.isPlace(part)) {
        String[] split = part.contains(", ") ? splitDegree(part) : new String[] {null, part};
        if (studyType == null && split[0] != null) {
          studyType = split[0];
        }
        area = split[1];
      }
    }
    String score = null;
    if (area != null && GPA.matcher(area).find()) {
      Matcher gpa = GPA.matcher(area);
      gpa.find();
      score = gpa.group(1).replace(" ", "");
      area = area.substring(0, gpa.start()).replaceAll("[;,\\s]+$", "").strip();
    }
    for (String line : bodyLines) {
      Matcher gpa = GPA.matcher(line);
      if (score == null && gpa.find()) {
        score = gpa.group(1).replace(" ", "");
      }
    }
    PartialDate start = entry.dates().start();
    PartialDate end = entry.dates().end();
    return new Education(institution, null, area, studyType, start, end, score, null, Map.of());
  }

  /** "Alloy, New York City" → "Alloy": where a job was is not the employer's name. */
  private static String withoutPlace(String company) {
    if (company == null) {
      return null;
    }
    String name = company;
    int comma = name.lastIndexOf(", ");
    while (comma > 0 && Roles.isPlace(name.substring(comma + 2))) {
      name = name.substring(0, comma).strip();
      comma = name.lastIndexOf(", ");
    }
    return name;
  }

  /** "Bachelor of Arts, Philosophy" or "BS in Computer Science" → degree and field. */
  static String[] splitDegree(String degree) {
    java.util.Optional<Degrees.Degree> read = Degrees.read(degree);
    if (read.isPresent()) {
      return new String[] {read.get().studyType(), read.get().area()};
    }
    int comma = degree.indexOf(", ");
    if (comma > 0) {
      return new String[] {degree.substring(0, comma).strip(), degree.substring(comma + 2).strip()};
    }
    Matcher in = Pattern.compile("\\s+in\\s+", Pattern.CASE_INSENSITIVE).matcher(degree);
    if (in.find()) {
      return new String[] {
        degree.substring(0, in.start()).strip(), degree.substring(in.end()).strip()
      };
    }
    return new String[] {degree.strip(), null};
  }

  /** The heading's pieces: lines split at separators, and "Title, Employer" at its comma. */
  private static List<String> parts(List<String> heading, boolean work) {
    Pattern separators = work ? SEPARATORS : EDUCATION_SEPARATORS;
    List<String> parts = new ArrayList<>();
    for (String line : heading) {
      List<String> pieces = new ArrayList<>();
      // Where bars structure a line they are its only separators: "Engineer | Electronic Arts -
      // EA Sports" keeps its dash inside the employer's name.
      Pattern splitter = work && line.contains(" | ") ? BARS : separators;
      for (String piece : splitter.split(line)) {
        String p = piece.strip();
        if (!work) {
          Matcher at = DEGREE_AT_SCHOOL.matcher(p);
          if (at.matches() && Degrees.mentions(at.group(1)) && !Roles.isInstitution(at.group(1))) {
            // "BSc Biology at University of Ghana": what follows "at" is where it was studied.
            parts.add(at.group(1).strip());
            parts.add(at.group(2).strip());
          } else {
            parts.addAll(degreeAndSchool(p));
          }
          continue;
        }
        int comma = titleComma(p, work && !line.contains(" | "));
        int employerComma = comma > 0 ? -1 : employerComma(p);
        if (comma > 0) {
          pieces.add(p.substring(0, comma));
          pieces.add(employerOf(p.substring(comma + 2)));
        } else if (employerComma > 0) {
          pieces.add(p.substring(employerComma + 2));
          pieces.add(p.substring(0, employerComma));
        } else if (!p.isEmpty()) {
          pieces.add(p);
        }
      }
      parts.addAll(pieces);
    }
    return parts;
  }

  /**
   * "Master of Science, Computer Science, University of Minnesota" → the degree and the school; a
   * piece that is not both stays whole ("University of California, Berkeley").
   */
  private static List<String> degreeAndSchool(String piece) {
    String[] commas = piece.split(",\\s+");
    int degree = -1;
    int school = -1;
    for (int i = 0; i < commas.length; i++) {
      if (school < 0 && Roles.isInstitution(commas[i])) {
        school = i;
      } else if (degree < 0 && Roles.isDegree(commas[i])) {
        degree = i;
      }
    }
    if (degree < 0 || school < 0) {
      return piece.isEmpty() ? List.of() : List.of(piece);
    }
    int cut = Math.max(degree, school);
    String first = String.join(", ", java.util.Arrays.copyOfRange(commas, 0, cut));
    String second = String.join(", ", java.util.Arrays.copyOfRange(commas, cut, commas.length));
    return List.of(first, second);
  }

  /**
   * Where "Title[, Title], Employer[, Place]" splits into title and employer: the first comma after
   * which no title follows; -1 when the piece is not of that form. What follows the employer's
   * comma is where the job was ("Knights Analytics, Utrecht"), however unknown the town.
   */
  private static int titleComma(String piece, boolean allowed) {
    int first = piece.indexOf(", ");
    if (!allowed
        || first < 0
        || !Roles.isTitle(piece.substring(0, first))
        || Roles.isPlace(piece)) {
      return -1;
    }
    int comma = first;
    while (comma > 0) {
      int next = piece.indexOf(", ", comma + 2);
      String following = piece.substring(comma + 2, next < 0 ? piece.length() : next);
      boolean partOfTitle =
          (Roles.isTitle(following) && !Roles.isInstitution(following))
              || UNIT.matcher(following).find();
      if (!partOfTitle) {
        return comma;
      }
      comma = next;
    }
    return -1;
  }

  /**
   * Where "Employer[, Place], Title" splits: the last comma, when what follows it is a title and
   * what comes before is not ("Bozsik GmbH, QA Engineer"); -1 otherwise.
   */
  private static int employerComma(String piece) {
    int last = piece.lastIndexOf(", ");
    if (last <= 0) {
      return -1;
    }
    String before = piece.substring(0, last);
    String title = piece.substring(last + 2);
    return Roles.isTitle(title) && !Roles.isTitle(before) && !Roles.isPlace(title) ? last : -1;
  }

  /** The employer's name without the place after it. */
  private static String employerOf(String rest) {
    int comma = rest.indexOf(", ");
    return comma > 0 ? rest.substring(0, comma) : rest;
  }

  private record Body(String summary, List<String> highlights) {}

  private static Body body(List<String> lines) {
    List<String> summary = new ArrayList<>();
    List<String> highlights = new ArrayList<>();
    for (String line : lines) {
      if (Bullets.isBullet(line)) {
        highlights.add(Bullets.unbullet(line));
      } else if (!highlights.isEmpty() && Character.isLowerCase(line.strip().charAt(0))) {
        int last = highlights.size() - 1;
        highlights.set(last, highlights.get(last) + " " + line.strip());
      } else if (highlights.isEmpty()) {
        summary.add(line.strip());
      } else {
        highlights.add(line.strip());
      }
    }
    return new Body(summary.isEmpty() ? null : String.join(" ", summary), highlights);
  }
}
