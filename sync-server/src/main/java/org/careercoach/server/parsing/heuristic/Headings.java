package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;

/**
 * Whether a line opens a section, and which, from the heading words the reader knows and the line
 * model's reading of the line's layout, words and the lines under it. A known heading stays one
 * unless the model is sure it is not; a line in words the dictionary does not know becomes a
 * heading when the model says so, with the kind it gives, and when it fits how resumes are built:
 * it is set like the document's known headings (a bold skill category inside a section is not), a
 * document has one section of a kind (so not where a known heading already opened that kind, and
 * only the likeliest of several), and a heading is not repeated (a word on every other line is a
 * label, not a heading).
 */
final class Headings {

  /** Below this the model vetoes a dictionary heading. */
  static final float VETO = 0.001f;

  /** From this the model alone makes a heading... */
  static final float ENOUGH = 0.5f;

  /** ...when it also gives one kind at least this much. */
  static final float KIND = 0.3f;

  /** From this a heading the dictionary does not know sets the style, when none is known. */
  static final float SURE = 0.9f;

  /** From this the model's heading may differ from the known ones in size and weight. */
  static final float CERTAIN = 0.97f;

  private static final int MAX_WORDS = 8;

  /**
   * Kinds the generated corpus has no section of (ADR 0021): the model never saw such a heading, so
   * its "not a heading" says nothing about one, and it never vetoes them. ("Contact" in a sidebar,
   * vetoed, left the address in the section before the name, and the city was lost.)
   */
  private static final Set<Section> UNTRAINED =
      EnumSet.of(Section.CONTACT, Section.PUBLICATIONS, Section.REFERENCES);

  private Headings() {}

  /** A heading that goes on over the next line: "Education &" over "Training". */
  private static final java.util.regex.Pattern OPEN_END =
      java.util.regex.Pattern.compile("(?i)(?:\\s&|\\sand|,)$");

  /**
   * Per line, the section it opens, if it is a heading; without the model's predictions (null), the
   * dictionary's.
   */
  static List<Optional<Section>> of(List<Line> lines, List<LineModel.Prediction> predictions) {
    List<Optional<Section>> headings = single(lines, predictions);
    joinBroken(lines, headings);
    underlined(lines, headings, predictions);
    colonHeadings(lines, headings, predictions);
    styledHeadings(lines, headings, predictions);
    MarginLabels.find(lines, headings, predictions);
    return headings;
  }

  /**
   * What joins an entry's title and employer ("Consultant | World Bank Group, Washington"), and
   * never a section's heading: an entry set in the headings' style is no heading.
   */
  private static final java.util.regex.Pattern ENTRY_PUNCTUATION =
      java.util.regex.Pattern.compile("[,|@·•]|\\s[–—-]\\s");

  /** A rule under a heading in plain text: "CLINICAL EXPERIENCE" over "===================". */
  static final java.util.regex.Pattern UNDERLINE =
      java.util.regex.Pattern.compile("^\\s*([=\\-_~*])\\1{2,}\\s*$");

  /**
   * A short line underlined by a rule about as long is a heading, whatever its words (plain text
   * has no fonts to tell one): of the kind its words name, or one of them names ("Clinical
   * Experience"), or else the model's likeliest kind.
   */
  private static void underlined(
      List<Line> lines, List<Optional<Section>> headings, List<LineModel.Prediction> predictions) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String text = lines.get(i).text().strip();
      String rule = lines.get(i + 1).text().strip();
      if (headings.get(i).isPresent()
          || text.isEmpty()
          || text.split("\\s+").length > MAX_WORDS
          || !UNDERLINE.matcher(rule).matches()
          || Math.abs(rule.length() - text.length()) > Math.max(3, text.length() / 3)) {
        continue;
      }
      headings.set(i, HeadingKinds.kindOf(lines, i, i + 2, predictions));
    }
  }

  /**
   * A line alone that ends in a colon ("Clinical Experience:"), where at least two of the
   * document's known headings are written so: a heading of the same shape, whatever its words.
   */
  private static void colonHeadings(
      List<Line> lines, List<Optional<Section>> headings, List<LineModel.Prediction> predictions) {
    long colons = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (headings.get(i).isPresent() && lines.get(i).text().strip().endsWith(":")) {
        colons++;
      }
    }
    if (colons < 2) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      String text = line.text().strip();
      if (headings.get(i).isEmpty()
          && line.segments().size() == 1
          && text.endsWith(":")
          && text.split("\\s+").length <= MAX_WORDS
          && (i == 0 || lines.get(i - 1).isBlank())) {
        headings.set(i, HeadingKinds.kindOf(lines, i, i + 1, predictions));
      }
    }
  }

  /**
   * A short line set exactly as the document's known headings are ("Career Path" in the Heading
   * style of a Word file, beside "Summary" and "Spoken Languages"): a heading, of a kind no other
   * heading has. Only where fonts tell (plain text has one style for all; so does a page set in one
   * font, where the body shares the headings' style), and only where such lines are few.
   */
  private static void styledHeadings(
      List<Line> lines, List<Optional<Section>> headings, List<LineModel.Prediction> predictions) {
    Style usual = usualStyle(lines, headings, 2);
    if (usual == null || usual.size() <= 0 && !usual.bold() || usual.sameAs(bodyStyle(lines))) {
      return;
    }
    List<Integer> candidates = new ArrayList<>();
    Set<Section> taken = EnumSet.noneOf(Section.class);
    int known = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (headings.get(i).isPresent()) {
        taken.add(headings.get(i).get());
        known++;
        continue;
      }
      String text = line.text().strip();
      // Above the first heading stand the name and title, often set as large.
      if (known > 0
          && !line.isBlank()
          && line.segments().stream().filter(Headings::hasWord).count() == 1
          && usual.sameAs(Style.of(line))
          && text.split("\\s+").length <= MAX_WORDS
          && !text.matches(".*\\d.*")
          && !ENTRY_PUNCTUATION.matcher(text).find()
          && !text.endsWith(".")) {
        candidates.add(i);
      }
    }
    if (candidates.size() > known) {
      return;
    }
    for (int i : candidates) {
      Optional<Section> kind = HeadingKinds.kindOf(lines, i, i + 1, predictions);
      if (kind.isPresent() && taken.add(kind.get())) {
        headings.set(i, kind);
      }
    }
  }

  /** The style most lines are set in: the body text's. */
  private static Style bodyStyle(List<Line> lines) {
    Map<Style, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      if (!line.isBlank()) {
        counts.merge(Style.of(line), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /**
   * A narrow margin breaks a heading over two lines ("Education &" over "Training", "Hobbies &"
   * over "Interests"): the two lines together are one heading of the kind their words name, and the
   * second opens nothing of its own.
   */
  private static void joinBroken(List<Line> lines, List<Optional<Section>> headings) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      Line next = lines.get(i + 1);
      String text = line.text().strip();
      if (line.isBlank()
          || next.isBlank()
          || !OPEN_END.matcher(text).find()
          || next.column() != line.column()
          || next.page() != line.page()
          || next.text().strip().split("\\s+").length > 3
          || next.text().matches(".*\\d.*")) {
        continue;
      }
      Optional<Section> joined = Section.ofHeading(text + " " + next.text().strip());
      if (joined.isPresent()) {
        headings.set(i, joined);
        headings.set(i + 1, joined);
        i++;
      }
    }
  }

  private static List<Optional<Section>> single(
      List<Line> lines, List<LineModel.Prediction> predictions) {
    List<Optional<Section>> known = new ArrayList<>(lines.size());
    for (Line line : lines) {
      List<String> worded = line.segments().stream().filter(Headings::hasWord).toList();
      known.add(worded.size() != 1 ? Optional.empty() : Section.ofHeading(worded.get(0)));
    }
    if (predictions == null) {
      return known;
    }
    List<Optional<Section>> headings = new ArrayList<>(known);
    Style usual = usualStyle(lines, known);
    Set<Section> knownKinds = EnumSet.noneOf(Section.class);
    Set<Style> knownStyles = new HashSet<>();
    Set<Style> sureStyles = new HashSet<>();
    Map<String, Integer> texts = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      texts.merge(Section.normalize(line.text()), 1, Integer::sum);
      float heading = predictions.get(i).headingProbability();
      if (known.get(i).isPresent()) {
        boolean odd = usual != null && !usual.sameAs(Style.of(line)) && heading < ENOUGH;
        if ((heading < VETO || odd) && !UNTRAINED.contains(known.get(i).get())) {
          headings.set(i, Optional.empty());
        } else {
          knownKinds.add(known.get(i).get());
          knownStyles.add(Style.of(line));
        }
      } else if (heading >= SURE) {
        sureStyles.add(Style.of(line));
      }
    }
    Set<Style> styles = knownStyles.isEmpty() ? sureStyles : knownStyles;
    // The likeliest line the model alone makes a heading of each kind.
    Map<Section, Integer> best = new EnumMap<>(Section.class);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank() || known.get(i).isPresent()) {
        continue;
      }
      Optional<Section> kind = modelOnly(line, predictions.get(i), styles);
      if (kind.isEmpty()
          || knownKinds.contains(kind.get())
          || texts.get(Section.normalize(line.text())) > 1) {
        continue;
      }
      Integer other = best.get(kind.get());
      if (other == null
          || predictions.get(i).headingProbability()
              > predictions.get(other).headingProbability()) {
        best.put(kind.get(), i);
      }
    }
    for (Map.Entry<Section, Integer> entry : best.entrySet()) {
      headings.set(entry.getValue(), Optional.of(entry.getKey()));
    }
    return headings;
  }

  /** The kind the model gives a line the dictionary does not know, if it makes it a heading. */
  static Optional<Section> modelOnly(
      Line line, LineModel.Prediction prediction, Set<Style> styles) {
    LineLabel kind = prediction.bestHeading();
    if (prediction.headingProbability() < ENOUGH
        || prediction.probabilityOf(kind) < KIND
        || !styles.isEmpty() && !setLikeOneOf(line, prediction, styles)
        || line.text().strip().split("\\s+").length > MAX_WORDS) {
      return Optional.empty();
    }
    return kind.sectionKind().map(Section::valueOf);
  }

  /** A segment with a letter or digit: an icon's glyph beside a heading is not a second piece. */
  private static boolean hasWord(String segment) {
    return segment.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * The style most of the document's dictionary headings share, where at least three do and they
   * are two thirds of them; null otherwise. A heading word set otherwise, that the model does not
   * take for a heading either, is a label inside a section ("Languages" under "Working", a moderncv
   * item's label broken over two lines).
   */
  private static Style usualStyle(List<Line> lines, List<Optional<Section>> known) {
    return usualStyle(lines, known, 3);
  }

  private static Style usualStyle(List<Line> lines, List<Optional<Section>> known, int least) {
    List<Style> styles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (known.get(i).isPresent()) {
        styles.add(Style.of(lines.get(i)));
      }
    }
    for (Style candidate : styles) {
      long alike = styles.stream().filter(candidate::sameAs).count();
      if (alike >= least && alike * 3 >= styles.size() * 2L) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Whether a line is set like the document's headings: the same style, or, where the model is
   * sure, the same weight and case at another size (icon fonts beside a heading blur its size), or
   * where it is all but certain, the same case (bold is read per font, and small words mislead).
   */
  private static boolean setLikeOneOf(
      Line line, LineModel.Prediction prediction, Set<Style> styles) {
    Style style = Style.of(line);
    boolean sure = prediction.headingProbability() >= SURE;
    boolean certain = prediction.headingProbability() >= CERTAIN;
    return styles.stream()
        .anyMatch(
            s ->
                s.sameAs(style)
                    || sure && s.bold() == style.bold() && s.capitals() == style.capitals()
                    || certain && s.capitals() == style.capitals());
  }

  /**
   * How a line is set: its size, weight, and whether it is in capitals. Sizes within 3% are the
   * same style: a page that shrinks long headings to fit ("KNOW-HOW" at 22.1 pt beside "ACADEMIC
   * QUALIFICATIONS" at 22.6 pt) still sets them alike, while a bold category inside a section is a
   * size or more smaller.
   */
  record Style(float size, boolean bold, boolean capitals) {

    static Style of(Line line) {
      String text = line.text();
      return new Style(
          line.fontSize(), line.bold(), text.equals(text.toUpperCase(java.util.Locale.ROOT)));
    }

    boolean sameAs(Style other) {
      return bold == other.bold
          && capitals == other.capitals
          && Math.abs(size - other.size) <= Math.max(0.25f, 0.03f * Math.max(size, other.size));
    }
  }
}
