package org.careercoach.server.parsing.heuristic;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The parts of a resume, recognised by the heading words people use for them. */
enum Section {
  HEADER,
  CONTACT(
      "contact",
      "contact information",
      "contact info",
      "contact details",
      "personal details",
      "personal information"),
  SUMMARY(
      "summary",
      "profile",
      "professional summary",
      "about",
      "about me",
      "objective",
      "career objective",
      "overview",
      "professional profile",
      "personal statement",
      "career summary",
      "introduction"),
  EXPERIENCE(
      "experience",
      "work experience",
      "professional experience",
      "employment",
      "employment history",
      "work history",
      "career history",
      "relevant experience",
      "experience and employment",
      "positions",
      "professional history",
      "career"),
  EDUCATION(
      "education",
      "academic background",
      "education and training",
      "academic history",
      "qualifications",
      "academic qualifications",
      "studies",
      "academics",
      "education history"),
  SKILLS(
      "skills",
      "technical skills",
      "core skills",
      "key skills",
      "skills and tools",
      "competencies",
      "core competencies",
      "expertise",
      "areas of expertise",
      "technologies",
      "tools",
      "tech stack",
      "skills and expertise",
      "technical expertise",
      "skill set",
      "skillset"),
  PROJECTS(
      "projects",
      "personal projects",
      "selected projects",
      "side projects",
      "open source",
      "key projects",
      "project experience"),
  CERTIFICATES(
      "certifications",
      "certificates",
      "licenses",
      "licenses and certifications",
      "certifications and licenses",
      "courses",
      "training"),
  LANGUAGES("languages", "spoken languages", "language skills"),
  AWARDS(
      "awards",
      "honors",
      "honours",
      "awards and honors",
      "achievements",
      "honors and awards",
      "recognition"),
  VOLUNTEER(
      "volunteer",
      "volunteering",
      "volunteer experience",
      "community",
      "community involvement",
      "leadership and volunteering"),
  PUBLICATIONS(
      "publications",
      "papers",
      "selected publications",
      "talks",
      "presentations",
      "publications and talks"),
  INTERESTS("interests", "hobbies", "hobbies and interests", "personal interests"),
  REFERENCES("references", "referees");

  private static final Map<String, Section> BY_HEADING = new LinkedHashMap<>();
  private static final Map<String, Section> BY_LETTERS = new LinkedHashMap<>();

  static {
    for (Section section : values()) {
      for (String heading : section.headings) {
        BY_HEADING.put(heading, section);
        BY_LETTERS.put(heading.replace(" ", ""), section);
      }
    }
  }

  private final String[] headings;

  /**
   * What {@link #normalize} gives, by hand for ASCII text (most lines; the regular expressions cost
   * more than the rest of the lookup): letters lower-cased, "&" as "and", the rest spaces,
   * single-spaced and stripped; null for text with other characters.
   */
  private static String asciiKey(String text) {
    StringBuilder key = new StringBuilder(text.length() + 8);
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c >= 'a' && c <= 'z') {
        key.append(c);
        space = false;
      } else if (c == '&') {
        key.append(space ? "and " : " and ");
        space = true;
      } else if (!space) {
        key.append(' ');
        space = true;
      }
    }
    if (key.length() > 0 && key.charAt(key.length() - 1) == ' ') {
      key.setLength(key.length() - 1);
    }
    return key.toString();
  }

  /** Already normal: lower-case words single-spaced (what the line model asks most). */
  private static boolean isPlain(String text) {
    if (text.isEmpty() || text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c == ' ' && text.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return true;
  }

  Section(String... headings) {
    this.headings = headings;
  }

  /** The section a heading line opens, if the line is a heading. */
  static Optional<Section> ofHeading(String line) {
    String key = normalize(line);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String[] words = key.split(" ");
    if (words.length > 5) {
      // Letter-spaced headings ("E X P E R I E N C E") are words of one letter.
      boolean spaced =
          java.util.Arrays.stream(words).filter(w -> w.length() <= 2).count() * 10
              >= words.length * 8L;
      return spaced ? Optional.ofNullable(BY_LETTERS.get(key.replace(" ", ""))) : Optional.empty();
    }
    return Optional.ofNullable(BY_HEADING.get(key));
  }

  static String normalize(String text) {
    if (isPlain(text)) {
      return text;
    }
    String ascii = asciiKey(text);
    if (ascii != null) {
      return ascii;
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
