package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.text.Line;

/**
 * A resume set as a form, each value beside a key that says what it is (Europass: "Name of employer
 * ‖ Acme Ltd", "Occupation or position held ‖ Nurse", "Dates ‖ May 2019 – June 2021"): the keys are
 * taken off their lines, so the values read as any entry's lines do, and the lines whose key names
 * an employer or a position are known to be one. A key's second line ("responsibilities" under
 * "Main activities and") goes with it. Only keys of an entry's fields are read so: a skill table's
 * "Web Development ‖ HTML, CSS" keeps its category.
 */
final class FormKeys {

  /** What a document read as a form gives: its lines, keys taken off, and the roles keys named. */
  record Read(List<Line> lines, Map<Line, LineLabel> roles) {}

  /**
   * Keys, whole (a first piece that merely holds such a word, "University of Lisbon ‖ 2011", is a
   * value).
   */
  private static final Pattern ORGANISATION =
      Pattern.compile(
          "(?:name (?:and address )?of (?:the )?)?(?:employer|company|institution|school"
              + "|organi[sz]ation(?: providing(?: education(?: (?:and|&) training)?)?)?)");

  private static final Pattern ROLE =
      Pattern.compile(
          "occupation(?: or position held)?|position(?: held)?|job title|title|role"
              + "|title of qualification(?: awarded)?|qualification|degree");

  private static final Pattern OTHER_KEY =
      Pattern.compile(
          "dates?|period|duration|main activities(?: and)?(?: responsibilities)?|activities"
              + "|responsibilities|principal subjects(?:/occupational skills covered)?|subjects"
              + "|description|type of business or sector|sector|tasks|achievements");

  private static final int MAX_KEY_WORDS = 5;

  /** Keyed lines a document needs before its keys are read as a form's. */
  private static final int LEAST = 3;

  private FormKeys() {}

  static Read of(List<Line> lines) {
    int keyed = 0;
    for (Line line : lines) {
      if (keyOf(line) != null) {
        keyed++;
      }
    }
    if (keyed < LEAST) {
      return new Read(lines, Map.of());
    }
    List<Line> read = new ArrayList<>(lines.size());
    Map<Line, LineLabel> roles = new IdentityHashMap<>();
    boolean afterKey = false;
    for (Line line : lines) {
      String key = keyOf(line);
      if (key == null) {
        if (afterKey && isKeyRemainder(line)) {
          // "education" under "Name of organisation providing": the key's end, no value.
          continue;
        }
        afterKey = false;
        read.add(line);
        continue;
      }
      afterKey = true;
      Line value = withoutKey(line);
      read.add(value);
      if (ORGANISATION.matcher(key).matches()) {
        roles.put(value, LineLabel.ORGANISATION);
      } else if (ROLE.matcher(key).matches()) {
        roles.put(value, LineLabel.ROLE);
      }
    }
    return new Read(read, roles);
  }

  /** The line's key, lower-cased, when its first piece is a key of an entry's field; else null. */
  private static String keyOf(Line line) {
    if (line.segments().size() < 2) {
      return null;
    }
    String key = line.segments().get(0).strip().toLowerCase(Locale.ROOT).replaceAll(":$", "");
    if (key.isEmpty()
        || key.split("\\s+").length > MAX_KEY_WORDS
        || key.matches(".*\\d.*")
        || line.segments().get(1).isBlank()) {
      return null;
    }
    boolean known =
        ORGANISATION.matcher(key).matches()
            || ROLE.matcher(key).matches()
            || OTHER_KEY.matcher(key).matches();
    return known ? key : null;
  }

  private static boolean isKeyRemainder(Line line) {
    String text = line.text().strip();
    return line.segments().size() == 1
        && !text.isEmpty()
        && Character.isLowerCase(text.charAt(0))
        && text.split("\\s+").length <= 2
        && !text.matches(".*\\d.*");
  }

  private static Line withoutKey(Line line) {
    List<String> rest = line.segments().subList(1, line.segments().size());
    int from = line.segments().get(0).length() + 1;
    return new Line(
        rest,
        line.page(),
        line.number(),
        line.fontSize(),
        line.bold(),
        line.column(),
        line.glyphs() == null
            ? null
            : line.glyphs().slice(Math.min(from, line.glyphs().length()), line.glyphs().length()));
  }
}
