package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Award;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Interest;
import org.careercoach.model.resume.Language;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.Profile;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;
import org.careercoach.server.parsing.learning.LayoutLine;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Contacts;
import org.careercoach.server.parsing.text.Document;
import org.careercoach.server.parsing.text.Line;
import org.careercoach.server.parsing.text.Provenance;

/**
 * The offline parser: deterministic, and it never fills a field it did not find. Lines are grouped
 * into sections by their headings; the lines before the first heading (and any contact section)
 * give the basics.
 */
public final class HeuristicParser {

  /** A line that is only a rule drawn in characters ("-----", "• • •"). */
  static final Pattern RULE = Pattern.compile("^[-=_~*#•·.\\s]{3,}$");

  /** What a document calls itself above the name: never the person's name. */
  private static final Pattern DOCUMENT_TITLE =
      Pattern.compile("(?i)curriculum vitae|r[ée]sum[ée]|cv|europass(?: cv)?");

  /** The keys of a form's personal details (Europass's among them). */
  private static final Pattern PERSONAL_KEY =
      Pattern.compile(
          "(?i)(?:personal |mobile |home |work )?(?:address|telephone|phone|mobile|e-?mail|web ?site"
              + "|fax|nationality|date of birth|gender|name(?: / surname)?|surname\\(s\\)?"
              + "|desired employment|occupational field|position|occupation)");

  private HeuristicParser() {}

  public static Resume parse(List<Line> lines) {
    return parse(Document.of(lines));
  }

  /** The resume read from a document by the rules alone, its provenance under its meta. */
  public static Resume parse(Document document) {
    return parse(document, null);
  }

  /**
   * The resume read from a document, its provenance (per field) under its meta.
   *
   * @param lineModel the model that tells headings and their sections, or null for the rules alone
   */
  public static Resume parse(Document document, LineModel lineModel) {
    FormKeys.Read form = FormKeys.of(document.lines());
    List<Line> lines = form.lines();
    List<LineModel.Prediction> predictions =
        lineModel == null ? null : lineModel.predict(LayoutLine.of(lines), HeadingWords::kindOf);
    LineRoles roles =
        (predictions == null ? LineRoles.none() : LineRoles.of(lines, predictions))
            .with(form.roles());
    Map<Section, List<Line>> sections = sectionsOf(lines, predictions);
    UnheadedSkills.find(sections, roles);
    List<Line> header = new ArrayList<>(sections.getOrDefault(Section.HEADER, List.of()));
    header.addAll(sections.getOrDefault(Section.CONTACT, List.of()));
    Provenance provenance = new Provenance();
    provenance.scope("basics", header);
    provenance.scope("basics.summary", sections.getOrDefault(Section.SUMMARY, List.of()));
    Basics basics =
        basics(header, lines, sections.getOrDefault(Section.SUMMARY, List.of()), provenance);
    List<Work> work = new ArrayList<>();
    List<Entries.Entry> jobs =
        Entries.split(sections.getOrDefault(Section.EXPERIENCE, List.of()), roles);
    WorkAndStudy.Order order = WorkAndStudy.orderOf(jobs);
    for (Entries.Entry entry : jobs) {
      Work job = WorkAndStudy.work(entry, roles, order);
      if (job.name() != null || job.position() != null) {
        boolean complete = job.name() != null && job.position() != null;
        provenance.add("work[" + work.size() + "]", complete ? 0.85 : 0.5, entry.anchor());
        provenance.scope("work[" + work.size() + "]", entry.lines());
        work.add(job);
      }
    }
    List<Volunteer> volunteer = new ArrayList<>();
    for (Entries.Entry entry :
        Entries.split(sections.getOrDefault(Section.VOLUNTEER, List.of()), roles)) {
      Volunteer role = WorkAndStudy.volunteer(entry, roles);
      if (role.organization() != null || role.position() != null) {
        provenance.add("volunteer[" + volunteer.size() + "]", 0.6, entry.anchor());
        provenance.scope("volunteer[" + volunteer.size() + "]", entry.lines());
        volunteer.add(role);
      }
    }
    List<Education> education = new ArrayList<>();
    for (Entries.Entry entry :
        Entries.split(sections.getOrDefault(Section.EDUCATION, List.of()), roles)) {
      Education study = WorkAndStudy.education(entry, roles);
      if (study.institution() != null || study.studyType() != null) {
        boolean complete = study.institution() != null && study.studyType() != null;
        provenance.add(
            "education[" + education.size() + "]", complete ? 0.85 : 0.5, entry.anchor());
        provenance.scope("education[" + education.size() + "]", entry.lines());
        education.add(study);
      }
    }
    List<Line> skillLines = sections.getOrDefault(Section.SKILLS, List.of());
    List<Skill> skills = SkillLists.skills(skillLines);
    if (!skills.isEmpty()) {
      provenance.add(
          "skills", 0.8, skillLines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null));
      provenance.scope("skills", skillLines);
    }
    for (Section other :
        List.of(
            Section.LANGUAGES,
            Section.PROJECTS,
            Section.CERTIFICATES,
            Section.AWARDS,
            Section.INTERESTS)) {
      List<Line> sectionLines = sections.getOrDefault(other, List.of());
      String path = other.name().toLowerCase(java.util.Locale.ROOT);
      provenance.add(
          path,
          other == Section.LANGUAGES ? 0.8 : 0.6,
          sectionLines.stream().filter(l -> !l.isBlank()).findFirst().orElse(null));
      provenance.scope(path, sectionLines);
    }
    List<Language> languages =
        SkillLists.languages(sections.getOrDefault(Section.LANGUAGES, List.of()));
    List<Project> projects =
        OtherSections.projects(sections.getOrDefault(Section.PROJECTS, List.of()));
    List<Certificate> certificates =
        OtherSections.certificates(sections.getOrDefault(Section.CERTIFICATES, List.of()));
    List<Award> awards = OtherSections.awards(sections.getOrDefault(Section.AWARDS, List.of()));
    List<Interest> interests =
        OtherSections.interests(sections.getOrDefault(Section.INTERESTS, List.of()));
    Resume resume =
        new Resume(
            null,
            basics,
            work.isEmpty() ? null : work,
            volunteer.isEmpty() ? null : volunteer,
            education.isEmpty() ? null : education,
            awards.isEmpty() ? null : awards,
            certificates.isEmpty() ? null : certificates,
            null,
            skills.isEmpty() ? null : skills,
            languages.isEmpty() ? null : languages,
            interests.isEmpty() ? null : interests,
            null,
            projects.isEmpty() ? null : projects,
            null,
            Map.of());
    return provenance.attachTo(resume, document);
  }

  private static Map<Section, List<Line>> sectionsOf(
      List<Line> lines, List<LineModel.Prediction> predictions) {
    List<Optional<Section>> headings = Headings.of(lines, predictions);
    MarginHeadings margin = MarginHeadings.find(lines, headings).orElse(null);
    Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
    // Each column of a sidebar layout carries its own section on from page to page.
    Section[] currentByColumn = {Section.HEADER, Section.HEADER};
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      int column = Math.min(1, Math.max(0, line.column()));
      if (RULE.matcher(line.text()).matches()) {
        continue;
      }
      if (headings.get(i).isPresent()) {
        currentByColumn[column] = headings.get(i).get();
        continue;
      }
      Section current =
          margin != null && column == 1
              ? margin.sectionAt(line, currentByColumn[1])
              : currentByColumn[column];
      sections.computeIfAbsent(current, s -> new ArrayList<>()).add(line);
    }
    return sections;
  }

  private static Basics basics(
      List<Line> header, List<Line> all, List<Line> summaryLines, Provenance provenance) {
    List<HeaderPieces.Piece> read = HeaderPieces.of(header);
    List<String> pieces = read.stream().map(HeaderPieces.Piece::text).toList();
    List<Line> origins = read.stream().map(HeaderPieces.Piece::origin).toList();
    float largest = 0;
    for (Line line : header) {
      largest = Math.max(largest, line.fontSize());
    }
    String name = null;
    String label = null;
    String email = null;
    String phone = null;
    String url = null;
    Location location = null;
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      Line origin = origins.get(i);
      List<Profile> found = Contacts.profiles(piece);
      if (!found.isEmpty()) {
        for (int p = 0; p < found.size(); p++) {
          provenance.add("basics.profiles[" + (profiles.size() + p) + "]", 0.9, origin);
        }
        profiles.addAll(found);
        continue;
      }
      String value = Contacts.unlabel(piece);
      if (email == null && Contacts.email(value).isPresent()) {
        email = Contacts.email(value).get();
        provenance.add("basics.email", 0.98, origin);
        continue;
      }
      if (url == null && Contacts.website(value).isPresent() && Contacts.email(value).isEmpty()) {
        url = Contacts.website(value).get();
        provenance.add("basics.url", 0.85, origin);
        continue;
      }
      if (phone == null && Contacts.phone(value).isPresent()) {
        phone = Contacts.phone(value).get();
        provenance.add("basics.phone", 0.9, origin);
        continue;
      }
      boolean besideTheName = name == null && isBesideATallerName(read, i);
      if (location == null
          && (name != null || besideTheName)
          && Contacts.location(piece).isPresent()) {
        location = Contacts.location(piece).get();
        provenance.add("basics.location", 0.85, origin);
        continue;
      }
      if (Contacts.isContact(piece) || isFormKey(piece, i, origins)) {
        continue;
      }
      int comma = value.indexOf(", ");
      if (name == null
          && comma > 0
          && origin.fontSize() >= largest
          && looksLikeName(value.substring(0, comma))
          && value.substring(comma + 2).split("\\s+").length <= 6) {
        // "Richard Hendriks, Programmer" set largest: the person and their title at once. (An
        // address, "San Francisco, California", is set in the contacts' size.)
        name = value.substring(0, comma);
        provenance.add("basics.name", origin.number() <= 2 ? 0.85 : 0.65, origin);
        label = value.substring(comma + 2).strip();
        provenance.add("basics.label", 0.75, origin);
        continue;
      }
      if (name == null && looksLikeName(value) && !besideTheName) {
        name = value;
        provenance.add("basics.name", origin.number() <= 2 ? 0.9 : 0.7, origin);
      } else if (name != null
          && label == null
          && value.split("\\s+").length <= 8
          && !value.endsWith(".")) {
        label = value;
        provenance.add("basics.label", 0.8, origin);
      }
    }
    if (email == null || phone == null) {
      for (Line line : all) {
        String text = line.text();
        if (email == null && Contacts.email(text).isPresent()) {
          email = Contacts.email(text).get();
          provenance.add("basics.email", 0.9, line);
        }
        if (phone == null
            && text.strip().split("\\s+").length <= 5
            && Contacts.phone(text).isPresent()) {
          // A sidebar's contacts under a heading of its own ("Profile"): a line that is a phone.
          phone = Contacts.phone(text).get();
          provenance.add("basics.phone", 0.7, line);
        }
      }
    }
    String summary = null;
    if (!summaryLines.isEmpty()) {
      summary =
          String.join(" ", summaryLines.stream().filter(l -> !l.isBlank()).map(Line::text).toList())
              .strip();
      if (summary.isEmpty()) {
        summary = null;
      } else {
        // What a section headed "Summary" or "Profile" says is the summary.
        provenance.add("basics.summary", 0.85, null);
      }
    }
    return new Basics(
        name,
        label,
        null,
        email,
        phone,
        url,
        summary,
        location,
        profiles.isEmpty() ? null : profiles,
        Map.of());
  }

  /**
   * Whether a later piece of the same line looks like a name and is set half as tall again: the
   * piece is the town or title in a margin beside the name, not the name.
   */
  private static boolean isBesideATallerName(List<HeaderPieces.Piece> pieces, int index) {
    HeaderPieces.Piece piece = pieces.get(index);
    for (int j = index + 1; j < pieces.size() && pieces.get(j).origin() == piece.origin(); j++) {
      HeaderPieces.Piece other = pieces.get(j);
      if (other.height() >= 1.5f * piece.height() && looksLikeName(other.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A form's key before its value on the same line ("Telephone ‖ (912) 555-4321", "Desired
   * employment ‖ Programmer"): no name or title of the person's.
   */
  private static boolean isFormKey(String piece, int index, List<Line> origins) {
    return index + 1 < origins.size()
        && origins.get(index + 1) == origins.get(index)
        && (index == 0 || origins.get(index - 1) != origins.get(index))
        && PERSONAL_KEY.matcher(piece).matches();
  }

  /** Two to five capitalised words of letters: how a name heads a resume. */
  static boolean looksLikeName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || words.length > 5 || text.length() > 60) {
      return false;
    }
    for (String word : words) {
      if (!word.matches("[\\p{Lu}][\\p{L}'’.-]*") && !word.matches("\\p{Lu}\\.?")) {
        return false;
      }
    }
    return Section.ofHeading(text).isEmpty() && !DOCUMENT_TITLE.matcher(text).matches();
  }
}
