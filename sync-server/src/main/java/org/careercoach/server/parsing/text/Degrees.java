package org.careercoach.server.parsing.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A degree as resumes write it, split into its kind (JSON Resume's {@code studyType}) and its field
 * ({@code area}), whatever the order and punctuation: "BSc Computer Science", "Bachelor of Science
 * in Biology", "Computer Science, B.S.", "M.A. (History)", "Master's degree, Nursing", "Ph.D. in
 * Physics", "Bachelor of Science (BSc) in Chemistry".
 */
public final class Degrees {

  /** A degree's kind and field; the field is null when the text names none. */
  public record Degree(String studyType, String area) {}

  /** What a degree of that level is "of": "Bachelor of Science", "Master of Fine Arts". */
  private static final String OF =
      "(?:applied\\s+science|science|sciences|fine\\s+arts|liberal\\s+arts|arts|engineering|commerce"
          + "|business\\s+administration|public\\s+administration|public\\s+health|laws?|education"
          + "|nursing|philosophy|technology|music|architecture|divinity|medicine|dental\\s+surgery"
          + "|social\\s+work|pharmacy|veterinary\\s+medicine|accountancy|design|computer\\s+applications"
          + "|letters|business)";

  private static final String LONG =
      "(?i:(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\\s+degree)?(?:\\s+of\\s+"
          + OF
          + "|\\s+in\\s+applied\\s+science)?(?![\\p{L}])"
          + "|juris\\s+doctor|doctorate|habilitation|licen[cs]e|licentiate|high\\s+school\\s+diploma"
          + "|(?:higher\\s+national|advanced|graduate|postgraduate|post-graduate|vocational|technical"
          + "|national)?\\s*(?:diploma|certificate)(?:\\s+of\\s+higher\\s+education)?"
          + "|(?:technical|undergraduate|graduate|postgraduate|professional)\\s+degree"
          + "|certification|bootcamp|nanodegree|apprenticeship|a-levels?|gcse?s?|abitur|baccalaur[ée]at"
          + "|foundation\\s+degree|mini-?mba|degree)";

  /**
   * Abbreviations, case as written (an "MS" or "BA" in lower case is a word, not a degree): with or
   * without dots and an "(Hons)" after.
   */
  private static final String ABBREVIATION =
      "(?:B\\.?\\s?Sc|BSC|Bsc|M\\.?\\s?Sc|MSC|Msc|B\\.?S|M\\.?S|B\\.?A|M\\.?A|B\\.?\\s?Eng|M\\.?\\s?Eng"
          + "|B\\.?\\s?Com|M\\.?\\s?Com|B\\.?\\s?Tech|M\\.?\\s?Tech|B\\.?\\s?Arch|M\\.?\\s?Arch|B\\.?\\s?Ed"
          + "|M\\.?\\s?Ed|Ed\\.?\\s?D|B\\.?B\\.?A|M\\.?B\\.?A|B\\.?F\\.?A|M\\.?F\\.?A|BSN|MSN|BN|MPH|MPA"
          + "|M\\.?\\s?Phil|D\\.?\\s?Phil|Ph\\.?\\s?D|PHD|Phd|J\\.?D|M\\.?D|LL\\.?\\s?[BM]|HND|HNC|A\\.?A\\.?S"
          + "|A\\.?A|A\\.?S|GED|CFA|CPA|BCA|MCA|B\\.E|M\\.E|MRes|MEng|BEng|MSt)\\.?"
          + "(?:\\s*\\((?i:hons?|honou?rs)\\.?\\))?";

  private static final Pattern DEGREE =
      Pattern.compile(
          "(?<![\\p{L}.])(?:" + LONG + "|" + ABBREVIATION + "(?![\\p{L}]))(?:\\s+(?i:degree))?");

  /** "(BSc)" after "Bachelor of Science": the same degree again. */
  private static final Pattern ECHO = Pattern.compile("^\\s*\\(" + ABBREVIATION + "\\)");

  /** What follows a field but is not part of it: a minor, honours, a grade. */
  private static final Pattern AFTER_FIELD =
      Pattern.compile(
          "(?i)(?:[,;]|\\s[–—-])\\s*(?:minor|concentration|specialization|specialisation|focus|thesis"
              + "|gpa|grade|cgpa|honou?rs|cum laude|magna|summa|first class|second class|with"
              + "|distinction|merit|graduated|expected)\\b.*$"
              + "|\\s*\\((?i:hons?|honou?rs|minor|gpa|thesis|grade|concentration|focus)[^)]*\\)\\.?.*$");

  private static final Pattern HONOURS = Pattern.compile("\\s*\\((?i:hons?|honou?rs)\\.?\\)");

  private static final Pattern EDGES = Pattern.compile("^[\\s,;:|·•()–—-]+|[\\s,;:|·•(–—-]+$");
  private static final Pattern LEADING_LINK =
      Pattern.compile("^(?i)(?:in|of|on|major(?:ing)?\\s+in|majoring|field:?)\\s+");

  private Degrees() {}

  /** Whether the text names a degree or a qualification. */
  public static boolean mentions(String text) {
    return DEGREE.matcher(text).find();
  }

  /** The degree the text names and its field, or empty when it names none. */
  public static Optional<Degree> read(String text) {
    Matcher m = DEGREE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String studyType = HONOURS.matcher(m.group()).replaceAll("").strip().replaceAll("\\s+", " ");
    String before = text.substring(0, m.start());
    String after = text.substring(m.end());
    Matcher echo = ECHO.matcher(after);
    if (echo.find()) {
      after = after.substring(echo.end());
    }
    String area = field(after);
    if (area == null) {
      area = field(before);
    }
    return Optional.of(new Degree(studyType, area));
  }

  /** The field in what stands beside a degree: "in Biology", ", History", "(History)". */
  private static String field(String text) {
    String cut = AFTER_FIELD.matcher(text).replaceFirst("");
    String area = EDGES.matcher(cut).replaceAll("");
    area = LEADING_LINK.matcher(area).replaceFirst("");
    area = EDGES.matcher(area).replaceAll("");
    if (area.endsWith(")") && !area.contains("(")) {
      area = area.substring(0, area.length() - 1).strip();
    }
    return area.isEmpty() || !area.chars().anyMatch(Character::isLetter) ? null : area;
  }
}
