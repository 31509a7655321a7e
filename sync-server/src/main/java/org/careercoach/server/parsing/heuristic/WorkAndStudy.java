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
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Degrees;
import org.careercoach.server.parsing.text.Line;
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

  /** A word that joins partners' names in a firm's name, in the languages resumes come in. */
  private static final Pattern JOINER =
      Pattern.compile("(?i)\\s(?:and|&|e|y|und|et|en|i|og|och|ve|és)\\s");

  /** A unit of an employer, which belongs with the title: "Department of Computer Science". */
  private static final Pattern UNIT =
      Pattern.compile(
          "(?i)^(?:office|department|dept\\.?|division|faculty|school|cent(?:er|re)|lab(?:oratory)?"
              + "|program(?:me)?|bureau|ministry)\\s+(?:of|for)\\b");

  private WorkAndStudy() {}

  /**
   * How a document writes "Title, Employer" headings: a person writes all their jobs one way, so
   * where the word lists know the title in some entries, the others ("Paralegal, Airbus") follow.
   */
  enum Order {
    TITLE_FIRST,
    EMPLOYER_FIRST,
    UNKNOWN
  }

  /** The order the entries' comma-joined headings show, where at least two agree. */
  static Order orderOf(List<Entries.Entry> entries) {
    int titleFirst = 0;
    int employerFirst = 0;
    for (Entries.Entry entry : entries) {
      for (String line : entry.heading()) {
        if (line.contains(" | ")) {
          continue;
        }
        if (titleComma(line, true) > 0) {
          titleFirst++;
        } else if (employerComma(line) > 0) {
          employerFirst++;
        }
      }
    }
    if (titleFirst >= 2 && titleFirst > employerFirst) {
      return Order.TITLE_FIRST;
    }
    return employerFirst >= 2 && employerFirst > titleFirst ? Order.EMPLOYER_FIRST : Order.UNKNOWN;
  }

  static Work work(Entries.Entry entry, LineRoles roles) {
    return work(entry, roles, Order.UNKNOWN);
  }

  static Work work(Entries.Entry entry, LineRoles roles, Order order) {
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
    if (position == null && order != Order.UNKNOWN) {
      String[] split = inOrder(heading, order);
      if (split != null) {
        position = split[0];
        company = split[1];
      }
    }
    if (position == null || company == null) {
      // The word lists know no title here: the model's reading of the heading's lines decides.
      String[] read = roleAndOrganisation(entry, roles);
      if (read != null) {
        position = read[0];
        company = read[1];
      }
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

  /** Title and employer of the first "A, B" heading line, read in the document's order. */
  private static String[] inOrder(List<String> heading, Order order) {
    for (String line : heading) {
      int comma = line.indexOf(", ");
      if (comma <= 0 || line.contains(" | ")) {
        continue;
      }
      if (order == Order.TITLE_FIRST) {
        return new String[] {line.substring(0, comma), employerOf(line.substring(comma + 2))};
      }
      int last = line.lastIndexOf(", ");
      return new String[] {line.substring(last + 2), withoutPlace(line.substring(0, last))};
    }
    return null;
  }

  /**
   * The heading's role (title or degree) and organisation (employer or school) where the model
   * reads one line of the heading as each; null where it does not.
   */
  private static String[] roleAndOrganisation(Entries.Entry entry, LineRoles roles) {
    String role = null;
    String organisation = null;
    for (int i = 0; i < entry.headingLines().size(); i++) {
      Line line = entry.headingLines().get(i);
      boolean isRole = roles.is(line, LineLabel.ROLE);
      boolean isOrganisation = roles.is(line, LineLabel.ORGANISATION);
      if (isRole && role == null) {
        role = firstPiece(entry.heading().get(i));
      } else if (isOrganisation && organisation == null) {
        organisation = firstPiece(entry.heading().get(i));
      }
    }
    return role != null && organisation != null ? new String[] {role, organisation} : null;
  }

  /** "Souza, Franco e Nogueira | Manchester" → its first piece that is not a place. */
  private static String firstPiece(String heading) {
    for (String piece : BARS.split(heading)) {
      if (!piece.isBlank() && !Roles.isPlace(piece.strip())) {
        return piece.strip();
      }
    }
    return heading.strip();
  }

  /** Volunteering reads as a job: the organisation in the employer's place. */
  static Volunteer volunteer(Entries.Entry entry, LineRoles roles) {
    Work work = work(entry, roles);
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

  static Education education(Entries.Entry entry, LineRoles roles) {
    List<String> parts = new ArrayList<>(parts(entry.heading(), false));
    String[] found = schoolAndDegree(parts);
    if ((found[0] == null || found[1] == null) && isWrapped(entry.heading())) {
      // "Operations Management, Associate of Applied" over "Science, University of Leeds.": one
      // heading a narrow column wrapped.
      List<String> joined =
          new ArrayList<>(parts(List.of(String.join(" ", entry.heading())), false));
      String[] again = schoolAndDegree(joined);
      if (again[0] != null && again[1] != null) {
        parts = joined;
        found = again;
      }
    }
    String institution = found[0];
    String degree = found[1];
    if (institution == null && degree != null) {
      // A school the word lists do not know ("ETH Zurich"), on a line the model reads as one.
      institution = organisationLine(entry, roles, degree);
    }
    if (institution == null && degree == null) {
      // Neither a school nor a degree the word lists know: the model's reading decides.
      String[] read = roleAndOrganisation(entry, roles);
      if (read != null) {
        degree = read[0];
        institution = read[1];
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
    if (studyType != null && area == null && !bodyLines.isEmpty() && isField(bodyLines.get(0))) {
      // "Doctor of Philosophy" over "Visual Communication": the field on a line of its own.
      area = bodyLines.remove(0).strip();
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
    return new Education(
        withoutFullStop(institution), null, area, studyType, start, end, score, null, Map.of());
  }

  /**
   * "University of Leeds." as moderncv ends each item: the full stop is the layout's, not the
   * name's (an abbreviation's, "Tech. Inst.", stays).
   */
  private static String withoutFullStop(String name) {
    if (name == null || !name.endsWith(".")) {
      return name;
    }
    String[] words = name.split("\\s+");
    return words[words.length - 1].length() > 4 ? name.substring(0, name.length() - 1) : name;
  }

  /** The first piece of a heading line the model reads as the organisation, if not the degree. */
  private static String organisationLine(Entries.Entry entry, LineRoles roles, String degree) {
    for (int i = 0; i < entry.headingLines().size(); i++) {
      if (roles.is(entry.headingLines().get(i), LineLabel.ORGANISATION)) {
        String piece = firstPiece(entry.heading().get(i));
        if (!piece.equals(degree) && !degree.contains(piece) && !Roles.isDegree(piece)) {
          return piece;
        }
      }
    }
    return null;
  }

  /** The first piece that names a school, and the first that names a degree (or nulls). */
  private static String[] schoolAndDegree(List<String> parts) {
    String institution = null;
    String degree = null;
    for (String part : parts) {
      if (institution == null && Roles.isInstitution(part)) {
        institution = part;
      } else if (degree == null && Roles.isDegree(part)) {
        degree = part;
      }
    }
    return new String[] {institution, degree};
  }

  /**
   * Two heading lines, the first broken off mid-phrase: no separator or full stop ends it, and the
   * second begins with a fragment ("Science, University of Leeds."), not with a degree or school of
   * its own ("Doctor of Philosophy, Cognitive Science" under "University of California, San
   * Diego").
   */
  private static boolean isWrapped(List<String> heading) {
    if (heading.size() != 2
        || heading.get(0).contains(" | ")
        || heading.get(1).contains(" | ")
        || heading.get(0).strip().matches(".*[.,;:|)]$")) {
      return false;
    }
    String opening = heading.get(1).split(",\\s+")[0];
    return !Roles.isDegree(opening) && !Roles.isInstitution(opening) && !Roles.isTitle(opening);
  }

  /** A field of study as a line of its own: a few words, no digits, no label, no sentence. */
  private static boolean isField(String line) {
    String text = line.strip();
    return !text.isEmpty()
        && text.split("\\s+").length <= 5
        && Character.isUpperCase(text.charAt(0))
        && !Bullets.isBullet(text)
        && !text.matches(".*[\\d:.;@/].*")
        && !Roles.isPlace(text)
        && !Roles.isInstitution(text);
  }

  /** "Alloy, New York City" → "Alloy": where a job was is not the employer's name. */
  private static String withoutPlace(String company) {
    if (company == null) {
      return null;
    }
    // "Bauer Maschinenbau GmbH (Barcelona)": the town in brackets goes too; and what a bar sets
    // apart after the name ("University Hospital Zurich | Austin").
    int bar = company.indexOf(" | ");
    String named = bar > 0 ? company.substring(0, bar) : company;
    String name = named.replaceFirst("\\s+\\((?:\\p{Lu}[\\p{L}.'-]*\\s?){1,3}\\)$", "");
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
          } else if (at.matches() && isSchoolAt(at.group(1), at.group(2))) {
            // "University of Leeds at M.A., Interaction Design", "Tourism at University of
            // Washington": a school on one side of "at", a degree or a field on the other
            // ("University of North Carolina at Chapel Hill" is one name).
            parts.addAll(degreeAndSchool(at.group(1).strip()));
            parts.addAll(degreeAndSchool(at.group(2).strip()));
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

  /** Whether "A at B" joins a school and a degree or field, not a school and its town. */
  private static boolean isSchoolAt(String before, String after) {
    boolean schoolFirst = Roles.isInstitution(before) && Degrees.mentions(after);
    boolean schoolLast = Roles.isInstitution(after) && !Roles.isInstitution(before);
    return schoolFirst || schoolLast;
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

  /**
   * The employer's name without the place after it. A firm named for its partners keeps its commas
   * ("Kiehn, Swaniawski and Russel", "Albuquerque, Albuquerque e Batista"): the name runs to the
   * last piece that joins names.
   */
  private static String employerOf(String rest) {
    String[] pieces = rest.split(",\\s+");
    int last = 0;
    for (int i = 1; i < pieces.length; i++) {
      if (JOINER.matcher(pieces[i]).find()) {
        last = i;
      }
    }
    return String.join(", ", java.util.Arrays.copyOfRange(pieces, 0, last + 1));
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
