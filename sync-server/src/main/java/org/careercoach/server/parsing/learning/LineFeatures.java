package org.careercoach.server.parsing.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Contacts;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Roles;

/**
 * The features of every line of a document, the same at training and at reading: the line's layout
 * (size relative to the body text, weight, case, indentation, gaps), its words (hashed) and shapes
 * (dates, contact details, bullets), its neighbours, and — for a line that could be a heading —
 * what the lines under it hold (dates, degrees, lists, prose), so that a heading in words the
 * dictionary does not know still gets its section's kind from its content.
 */
public final class LineFeatures {

  /** Hashed feature space; a power of two. */
  static final int DIMENSION = 1 << 13;

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
  private static final Pattern MONTH =
      Pattern.compile(
          "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\b");
  private static final Pattern FLUENCY =
      Pattern.compile(
          "(?i)\\b(?:native|fluent|proficient|bilingual|conversational|intermediate|advanced|"
              + "beginner|elementary|basic|mother tongue|working proficiency|[abc][12])\\b");
  private static final Pattern CATEGORY = Pattern.compile("^[^:]{2,40}:\\s*\\S");
  private static final int MAX_WORDS = 10;
  private static final int BLOCK_LIMIT = 60;

  private LineFeatures() {}

  /**
   * One vector per line.
   *
   * @param dictionary the section kind a line's words name as a heading ("EDUCATION"), or null: the
   *     heuristic reader's heading words, a strong hint among the others
   */
  public static List<SparseVector> of(List<LayoutLine> lines, Function<String, String> dictionary) {
    Shape[] shapes = new Shape[lines.size()];
    Document document = new Document(lines);
    for (int i = 0; i < lines.size(); i++) {
      shapes[i] = new Shape(lines.get(i), document, dictionary);
    }
    gaps(lines, shapes, document);
    Map<String, Integer> styles = new HashMap<>();
    for (Shape shape : shapes) {
      if (shape.candidate) {
        styles.merge(shape.style, 1, Integer::sum);
      }
    }
    SparseVector[] vectors = new SparseVector[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      SparseVector.Builder features = new SparseVector.Builder(DIMENSION);
      Shape shape = shapes[i];
      features.add("bias");
      if (shape.blank) {
        features.add("blank");
        vectors[i] = features.build();
        continue;
      }
      shape.own(features);
      if (i < 3) {
        features.add("top=" + i);
      }
      if (i > 0 && lines.get(i - 1).page() != lines.get(i).page()) {
        features.add("first-on-page");
      }
      // Plain text and Word documents mark their structure with empty lines.
      boolean blankAbove = i > 0 && shapes[i - 1].blank;
      boolean blankBelow = i + 1 < shapes.length && shapes[i + 1].blank;
      features.add("blank-around=" + blankAbove + blankBelow);
      Shape previous = neighbour(shapes, i, -1);
      Shape next = neighbour(shapes, i, 1);
      if (previous == null) {
        features.add("p.none");
      } else {
        previous.context("p.", features);
        if (shape.size > previous.size + 0.5f) {
          features.add("larger-than-prev");
        }
      }
      if (next == null) {
        features.add("n.none");
      } else {
        next.context("n.", features);
        if (shape.size > next.size + 0.5f) {
          features.add("larger-than-next");
        }
        if (shape.bold && !next.bold) {
          features.add("bold-over-plain");
        }
      }
      if (shape.candidate) {
        features.add("style-repeats=" + bucket(styles.get(shape.style), 1, 2, 4, 9));
        block(shapes, i, features);
        if (shape.dictionary == null) {
          // "Clinical Experience", "Language Skills": a word that alone names a section.
          for (String token : shape.tokens) {
            String kind = token.length() > 3 ? dictionary.apply(token) : null;
            if (kind != null) {
              features.add("dict-word=" + kind);
              features.add("dict-word");
            }
          }
        }
      }
      vectors[i] = features.build();
    }
    return List.of(vectors);
  }

  /** What the lines under a heading candidate hold, up to the next line set like it. */
  private static void block(Shape[] shapes, int at, SparseVector.Builder features) {
    Shape head = shapes[at];
    int lines = 0;
    int dates = 0;
    int degrees = 0;
    int institutions = 0;
    int titles = 0;
    int lists = 0;
    int bullets = 0;
    int prose = 0;
    int contacts = 0;
    int categories = 0;
    int fluency = 0;
    int shorts = 0;
    for (int j = at + 1; j < shapes.length && j <= at + BLOCK_LIMIT; j++) {
      Shape s = shapes[j];
      if (s.blank || s.column != head.column) {
        continue;
      }
      if (s.candidate && (s.style.equals(head.style) || s.dictionary != null)) {
        break;
      }
      lines++;
      dates += s.dates ? 1 : 0;
      degrees += s.degree ? 1 : 0;
      institutions += s.institution ? 1 : 0;
      titles += s.title ? 1 : 0;
      lists += s.commas >= 2 ? 1 : 0;
      bullets += s.bullet ? 1 : 0;
      prose += s.words >= 12 ? 1 : 0;
      contacts += s.email || s.url || s.phone ? 1 : 0;
      categories += s.category ? 1 : 0;
      fluency += s.fluency ? 1 : 0;
      shorts += s.words <= 3 ? 1 : 0;
    }
    features.add("b.lines=" + bucket(lines, 0, 1, 3, 8, 20));
    if (lines == 0) {
      return;
    }
    share(features, "b.dates", dates, lines);
    share(features, "b.degree", degrees, lines);
    share(features, "b.institution", institutions, lines);
    share(features, "b.title", titles, lines);
    share(features, "b.list", lists, lines);
    share(features, "b.bullet", bullets, lines);
    share(features, "b.prose", prose, lines);
    share(features, "b.contact", contacts, lines);
    share(features, "b.category", categories, lines);
    share(features, "b.fluency", fluency, lines);
    share(features, "b.short", shorts, lines);
  }

  private static void share(SparseVector.Builder features, String name, int count, int of) {
    float share = count / (float) of;
    String bucket = count == 0 ? "0" : share < 0.2f ? "low" : share < 0.5f ? "mid" : "high";
    features.add(name + "=" + bucket);
    features.add(name, share);
  }

  private static Shape neighbour(Shape[] shapes, int at, int step) {
    for (int j = at + step; j >= 0 && j < shapes.length; j += step) {
      if (!shapes[j].blank) {
        return shapes[j];
      }
    }
    return null;
  }

  /** Space above and below each line on its page, in body-text heights (PDF only). */
  private static void gaps(List<LayoutLine> lines, Shape[] shapes, Document document) {
    float unit = document.bodySize > 0 ? document.bodySize : 10f;
    int previous = -1;
    for (int i = 0; i < lines.size(); i++) {
      LayoutLine line = lines.get(i);
      if (line.box() == null || shapes[i].blank) {
        continue;
      }
      if (previous >= 0) {
        LayoutLine above = lines.get(previous);
        if (above.page() == line.page() && above.column() == line.column()) {
          float gap = (line.box()[1] - (above.box()[1] + above.box()[3])) / unit;
          String bucket = gap < 0.3f ? "0" : gap < 0.8f ? "s" : gap < 1.6f ? "m" : "l";
          shapes[i].gapAbove = bucket;
          shapes[previous].gapBelow = bucket;
        }
      }
      previous = i;
    }
  }

  private static String bucket(int value, int... bounds) {
    for (int b = 0; b < bounds.length; b++) {
      if (value <= bounds[b]) {
        return "<=" + bounds[b];
      }
    }
    return ">" + bounds[bounds.length - 1];
  }

  /** What the whole document tells about its lines: the body text's size and the margins. */
  private static final class Document {
    final float bodySize;
    final float left;
    final float right;
    final int lines;

    Document(List<LayoutLine> lines) {
      Map<Integer, Integer> sizes = new HashMap<>();
      float l = Float.MAX_VALUE;
      float r = -Float.MAX_VALUE;
      for (LayoutLine line : lines) {
        if (line.isBlank()) {
          continue;
        }
        if (line.fontSize() > 0) {
          sizes.merge(Math.round(line.fontSize() * 2), line.text().length(), Integer::sum);
        }
        if (line.box() != null) {
          l = Math.min(l, line.box()[0]);
          r = Math.max(r, line.box()[0] + line.box()[2]);
        }
      }
      bodySize =
          sizes.entrySet().stream()
                  .max(Map.Entry.<Integer, Integer>comparingByValue())
                  .map(Map.Entry::getKey)
                  .orElse(0)
              / 2f;
      left = l;
      right = r;
      this.lines = lines.size();
    }
  }

  /** One line's own traits, computed once and read by itself and its neighbours. */
  private static final class Shape {
    final boolean blank;
    final int column;
    final float size;
    final boolean bold;
    String gapAbove = "?";
    String gapBelow = "?";
    int words;
    String[] tokens = new String[0];
    String normalized = "";
    String caseShape = "";
    String sizeBucket = "";
    String indent = "?";
    String dictionary;
    boolean dates;
    boolean year;
    boolean month;
    boolean email;
    boolean url;
    boolean phone;
    boolean bullet;
    boolean degree;
    boolean institution;
    boolean title;
    boolean place;
    boolean category;
    boolean fluency;
    boolean candidate;
    int commas;
    int segments;
    String style = "";
    final LayoutLine line;

    Shape(LayoutLine line, Document document, Function<String, String> dictionaryOf) {
      this.line = line;
      this.blank = line.isBlank();
      this.column = line.column();
      this.size = line.fontSize();
      this.bold = line.bold();
      if (blank) {
        return;
      }
      String text = line.text().strip();
      normalized = Words.normalize(text);
      tokens = normalized.isEmpty() ? new String[0] : normalized.split(" ");
      words = tokens.length;
      segments = line.segments().size();
      caseShape = caseShape(text);
      if (size <= 0 || document.bodySize <= 0) {
        sizeBucket = "none";
      } else {
        float ratio = size / document.bodySize;
        sizeBucket =
            ratio < 0.93f
                ? "small"
                : ratio < 1.07f ? "body" : ratio < 1.2f ? "l1" : ratio < 1.45f ? "l2" : "l3";
      }
      float[] box = line.box();
      if (box != null && document.right > document.left) {
        float width = document.right - document.left;
        float offset = (box[0] - document.left) / width;
        float centre = (box[0] + box[2] / 2 - document.left) / width;
        if (Math.abs(centre - 0.5f) < 0.04f && box[2] < 0.8f * width && offset > 0.05f) {
          indent = "centred";
        } else if (Math.abs(box[0] + box[2] - document.right) < 0.02f * width && offset > 0.3f) {
          indent = "right";
        } else {
          indent = offset < 0.02f ? "0" : offset < 0.1f ? "s" : offset < 0.35f ? "m" : "l";
        }
      }
      boolean shortLine = words <= 14 || segments > 1;
      int digits = countDigits(text);
      // Every date range has a digit (a year, "'19", "03/2020"): the cheap test first.
      dates = shortLine && digits > 0 && DateRanges.find(text).isPresent();
      year = digits >= 2 && YEAR.matcher(text).find();
      month = year && MONTH.matcher(text).find();
      email = text.indexOf('@') >= 0 && Contacts.EMAIL.matcher(text).find();
      url = text.indexOf('.') >= 0 && Contacts.URL.matcher(text).find();
      phone = digits >= 7 && Contacts.PHONE.matcher(text).find();
      bullet = Bullets.isBullet(text) || startsWithGlyph(text);
      if (words <= 14) {
        degree = Roles.isDegree(text);
        institution = Roles.isInstitution(text);
        title = Roles.isTitle(text);
        place = words <= 5 && Roles.isPlace(text);
      }
      category = CATEGORY.matcher(text).find();
      fluency = words <= 8 && FLUENCY.matcher(text).find();
      for (int c = 0; c < text.length(); c++) {
        char ch = text.charAt(c);
        if (ch == ',' || ch == ';' || ch == '|' || ch == '·' || ch == '•') {
          commas++;
        }
      }
      char last = text.charAt(text.length() - 1);
      candidate =
          words >= 1
              && words <= 6
              && !dates
              && !bullet
              && !email
              && !phone
              && last != '.'
              && last != ','
              && segments == 1;
      style = sizeBucket + "|" + bold + "|" + caseShape + "|" + indent;
      // The reader's heading words name short lines only (a heading has few words).
      dictionary = words <= 6 && segments == 1 ? dictionaryOf.apply(text) : null;
    }

    /** The line's own features. */
    void own(SparseVector.Builder f) {
      f.add("size=" + sizeBucket);
      f.add("bold=" + bold);
      f.add("case=" + caseShape);
      f.add("indent=" + indent);
      f.add("column=" + column);
      f.add("gap-above=" + gapAbove);
      f.add("gap-below=" + gapBelow);
      f.add("words=" + bucket(words, 1, 2, 3, 4, 6, 9, 14, 25));
      f.add("segments=" + Math.min(segments, 3));
      f.add("page=" + (line.page() <= 1 ? "1" : "later"));
      if (dictionary != null) {
        f.add("dict");
        f.add("dict=" + dictionary);
        f.add("dict-style=" + sizeBucket + bold + caseShape);
      }
      if (candidate) {
        f.add("candidate");
        f.add("candidate-style=" + sizeBucket + "|" + bold + "|" + caseShape);
        f.add("candidate-gap=" + gapAbove + gapBelow);
      }
      flag(f, "dates", dates);
      flag(f, "year", year);
      flag(f, "month", month);
      flag(f, "email", email);
      flag(f, "url", url);
      flag(f, "phone", phone);
      flag(f, "bullet", bullet);
      flag(f, "degree", degree);
      flag(f, "institution", institution);
      flag(f, "title", title);
      flag(f, "place", place);
      flag(f, "category", category);
      flag(f, "fluency", fluency);
      f.add("commas=" + Math.min(commas, 4));
      String text = line.text().strip();
      char last = text.charAt(text.length() - 1);
      if (last == ':' || last == '.' || last == ',' || last == ')') {
        f.add("ends=" + last);
      }
      for (int t = 0; t < Math.min(tokens.length, MAX_WORDS); t++) {
        f.add("w=" + tokens[t]);
      }
      if (tokens.length > 0) {
        f.add("w0=" + tokens[0]);
      }
      if (words <= 4) {
        f.add("text=" + normalized);
      }
    }

    /** What a neighbour tells about this line. */
    void context(String prefix, SparseVector.Builder f) {
      f.add(prefix + "size=" + sizeBucket);
      f.add(prefix + "bold=" + bold);
      f.add(prefix + "case=" + caseShape);
      f.add(prefix + "words=" + bucket(words, 1, 3, 6, 12));
      flag(f, prefix + "dates", dates);
      flag(f, prefix + "bullet", bullet);
      flag(f, prefix + "candidate", candidate);
      flag(f, prefix + "degree", degree);
      flag(f, prefix + "title", title);
      flag(f, prefix + "contact", email || phone || url);
      if (dictionary != null) {
        f.add(prefix + "dict");
      }
    }

    private static void flag(SparseVector.Builder f, String name, boolean value) {
      if (value) {
        f.add(name);
      }
    }

    private static int countDigits(String text) {
      int digits = 0;
      for (int i = 0; i < text.length(); i++) {
        if (Character.isDigit(text.charAt(i))) {
          digits++;
        }
      }
      return digits;
    }

    /** Icon fonts and odd bullets: a first character that is neither letter, digit nor quote. */
    private static boolean startsWithGlyph(String text) {
      int first = text.codePointAt(0);
      return !Character.isLetterOrDigit(first)
          && "\"'(“‘[+".indexOf(first) < 0
          && text.length() > 2
          && Character.isWhitespace(text.charAt(Character.charCount(first)));
    }

    /** "UPPER", "Title Case", "lower start" or "mixed". */
    private static String caseShape(String text) {
      int upper = 0;
      int letters = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
      if (letters == 0) {
        return "none";
      }
      if (upper * 10 >= letters * 9) {
        return "upper";
      }
      int firstLetter = 0;
      while (firstLetter < text.length() && !Character.isLetter(text.charAt(firstLetter))) {
        firstLetter++;
      }
      if (Character.isLowerCase(text.charAt(firstLetter))) {
        return "lower";
      }
      for (String word : text.split("\\s+")) {
        if (word.length() > 3 && Character.isLowerCase(word.charAt(0))) {
          return "sentence";
        }
      }
      return "title";
    }
  }
}
