package org.careercoach.server.parsing.quality;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The field-level metric of {@code ../shared/eval/score.py}, ported rule for rule so that the
 * quality tests need only a JDK. Read that script's header for the rules; the comments here only
 * note where Java has to work to behave like Python. {@code ScorePyParityTest} checks that both
 * give the same counts on the same documents.
 */
final class ResumeScorer {

  static final List<String> FIELDS =
      List.of(
          "basics.name",
          "basics.email",
          "basics.phone",
          "basics.url",
          "basics.location.city",
          "work",
          "work.position",
          "work.startDate",
          "work.endDate",
          "education",
          "education.studyType",
          "education.area",
          "education.startDate",
          "education.endDate",
          "skills");
  static final List<String> GROUPS = List.of("basics", "work", "education", "skills");

  private static final double THRESH = 0.6;
  private static final String PRESENT = "present";
  private static final Set<String> PRESENT_WORDS =
      Set.of(
          "", "present", "current", "now", "today", "ongoing", "to date", "till date", "till now");
  private static final Set<String> STOP =
      Set.of(
          ("the of and at in for a an to de inc llc ltd limited corp corporation co company gmbh"
                  + " plc pvt pty bv sa ag lp llp degree")
              .split(" "));
  private static final Map<String, String> DEGREE_ABBR =
      Map.ofEntries(
          Map.entry("bs", "bachelor science"),
          Map.entry("bsc", "bachelor science"),
          Map.entry("sb", "bachelor science"),
          Map.entry("ba", "bachelor arts"),
          Map.entry("ab", "bachelor arts"),
          Map.entry("bfa", "bachelor fine arts"),
          Map.entry("beng", "bachelor engineering"),
          Map.entry("be", "bachelor engineering"),
          Map.entry("btech", "bachelor technology"),
          Map.entry("barch", "bachelor architecture"),
          Map.entry("bba", "bachelor business administration"),
          Map.entry("ms", "master science"),
          Map.entry("msc", "master science"),
          Map.entry("ma", "master arts"),
          Map.entry("meng", "master engineering"),
          Map.entry("mtech", "master technology"),
          Map.entry("mba", "master business administration"),
          Map.entry("mfa", "master fine arts"),
          Map.entry("phd", "doctor philosophy"),
          Map.entry("dphil", "doctor philosophy"),
          Map.entry("aa", "associate arts"),
          Map.entry("as", "associate science"),
          Map.entry("bachelors", "bachelor"),
          Map.entry("masters", "master"),
          Map.entry("associates", "associate"),
          Map.entry("doctorate", "doctor"));

  // Python's str patterns are Unicode-aware (\w, \d, \s); Java's are ASCII unless told, and even
  // then differ a little: Python's \w is str.isalnum() (letters and numbers, no marks), its \s is
  // str.isspace() (with the separators U+001C..U+001F), its '.' anything but '\n'.
  private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");
  private static final Pattern DEGREE_DOT =
      Pattern.compile("(?<=[\\p{L}\\p{N}_])[.'’](?=[\\p{L}\\p{N}_])");
  private static final Pattern DIGIT = Pattern.compile("\\d", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern NON_DIGIT = Pattern.compile("\\D", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACES =
      Pattern.compile("[\\s\\x1c-\\x1f]+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SCHEME = Pattern.compile("^[a-z]+://");
  private static final Pattern ISO_DATE =
      Pattern.compile(
          "^(\\d{4})(?:[-/](\\d{1,2}))?(?:[-/]\\d{1,2})?(?:[T ][^\\n]*)?$",
          Pattern.UNICODE_CHARACTER_CLASS);

  private ResumeScorer() {}

  /** The counts of one resume's prediction against its truth ({@code score_doc}). */
  static Tally scoreDocument(JsonNode truth, JsonNode prediction) {
    Tally t = new Tally();
    JsonNode tb = truthy(get(truth, "basics")) ? get(truth, "basics") : null;
    JsonNode pb = get(prediction, "basics");
    pb = pb != null && pb.isObject() ? pb : null;
    t.scalar(
        "basics.name",
        normName(pyStrOrEmpty(get(tb, "name"))),
        normName(text(get(pb, "name"))),
        String::equals);
    t.scalar(
        "basics.email",
        normEmail(pyStrOrEmpty(get(tb, "email"))),
        normEmail(text(get(pb, "email"))),
        String::equals);
    t.scalar(
        "basics.phone",
        withDigit(text(get(tb, "phone"))),
        withDigit(text(get(pb, "phone"))),
        ResumeScorer::phoneEq);
    JsonNode truthUrl = truthy(get(tb, "url")) ? get(tb, "url") : get(tb, "website");
    String predUrl = text(get(pb, "url"));
    t.scalar(
        "basics.url",
        normUrl(pyStrOrEmpty(truthUrl)),
        normUrl(predUrl.isEmpty() ? text(get(pb, "website")) : predUrl),
        String::equals);
    JsonNode tl = get(tb, "location");
    JsonNode pl = get(pb, "location");
    t.scalar(
        "basics.location.city",
        tl != null && tl.isObject() ? text(get(tl, "city")) : "",
        pl != null && pl.isObject() ? text(get(pl, "city")) : "",
        (a, b) -> fuzzyEq(a, b, false));
    scoreEntries(
        t,
        "work",
        entries(truth, "work", "name", "company"),
        entries(prediction, "work", "name", "company"),
        List.of(new TextField("work.position", "position", false)));
    scoreEntries(
        t,
        "education",
        entries(truth, "education", "institution", "institution"),
        entries(prediction, "education", "institution", "institution"),
        List.of(
            new TextField("education.studyType", "studyType", true),
            new TextField("education.area", "area", true)));
    Set<String> ts = skillSet(truth);
    Set<String> ps = skillSet(prediction);
    Set<String> both = new HashSet<>(ts);
    both.retainAll(ps);
    t.add("skills", both.size(), ps.size() - both.size(), ts.size() - both.size());
    return t;
  }

  // --------------------------------------------------------------------------------------------
  // normalisation

  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !isCombining(c)).forEach(kept::appendCodePoint);
    return pyStrip(casefold(kept.toString()));
  }

  /**
   * Python's {@code unicodedata.combining(c) != 0}. Java exposes no canonical combining class, but
   * canonical ordering reveals it: a mark with a class between 1 and 239 moves in front of U+0345
   * (the only mark of class 240).
   */
  private static boolean isCombining(int c) {
    String mark = Character.toString(c);
    return c == 0x345
        || Normalizer.normalize("a\u0345" + mark, Normalizer.Form.NFD)
            .equals("a" + mark + "\u0345");
  }

  /**
   * Python's {@code str.casefold()}: full upper-casing then lower-casing is the full case folding
   * (ß → ss, ligatures, final sigma, ſ → s), except for the few characters handled first.
   */
  static String casefold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              String ch = Character.toString(c);
              Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
              if (c == 'ı') {
                out.append(ch); // the dotless i folds to itself, not to i
              } else if (block == Character.UnicodeBlock.CHEROKEE
                  || block == Character.UnicodeBlock.CHEROKEE_SUPPLEMENT) {
                out.append(ch.toUpperCase(Locale.ROOT)); // Cherokee folds to its capitals
              } else {
                out.append(ch.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace("ß", "ss"));
              }
            });
    return out.toString();
  }

  static List<String> tokens(String s, boolean degree) {
    String folded = fold(s).replace("&", " and ");
    if (degree) {
      folded = DEGREE_DOT.matcher(folded).replaceAll("").replace(".", " ");
    }
    List<String> toks = new ArrayList<>();
    Matcher m = ASCII_WORD.matcher(folded);
    while (m.find()) {
      String tok = m.group();
      if (degree) {
        for (String part : DEGREE_ABBR.getOrDefault(tok, tok).split(" ")) {
          toks.add(part);
        }
      } else {
        toks.add(tok);
      }
    }
    toks.removeIf(STOP::contains);
    return toks;
  }

  static double sim(String a, String b, boolean degree) {
    Set<String> ta = new HashSet<>(tokens(a, degree));
    Set<String> tb = new HashSet<>(tokens(b, degree));
    if (ta.isEmpty() && tb.isEmpty()) {
      return fold(a).equals(fold(b)) ? 1.0 : 0.0;
    }
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0.0;
    }
    int sizes = ta.size() + tb.size();
    ta.retainAll(tb);
    return (double) (2 * ta.size()) / sizes;
  }

  static boolean fuzzyEq(String a, String b, boolean degree) {
    return sim(a, b, degree) >= THRESH;
  }

  private static String normName(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = ASCII_WORD.matcher(fold(s));
    while (m.find()) {
      words.add(m.group());
    }
    return String.join(" ", words);
  }

  private static String normEmail(String s) {
    return pyStrip(fold(s).replace("mailto:", ""));
  }

  private static String withDigit(String phone) {
    return DIGIT.matcher(phone).find() ? phone : "";
  }

  static boolean phoneEq(String a, String b) {
    String da = NON_DIGIT.matcher(a).replaceAll("");
    String db = NON_DIGIT.matcher(b).replaceAll("");
    if (da.equals(db)) {
      return !da.isEmpty();
    }
    String shorter = da.length() <= db.length() ? da : db;
    String longer = da.length() <= db.length() ? db : da;
    return shorter.length() >= 7
        && longer.endsWith(shorter)
        && longer.length() - shorter.length() <= 3;
  }

  private static String normUrl(String s) {
    String url = SCHEME.matcher(fold(s)).replaceFirst("");
    if (url.startsWith("www.")) {
      url = url.substring(4);
    }
    int end = url.length();
    while (end > 0 && url.charAt(end - 1) == '/') {
      end--;
    }
    return url.substring(0, end);
  }

  /** 'YYYY-MM' / 'YYYY'; PRESENT for present words (end dates); null when absent; '?' else. */
  static String normDate(JsonNode value, boolean end) {
    if (value == null) {
      return end ? PRESENT : null;
    }
    String s = pyStrip(pyStr(value));
    if (PRESENT_WORDS.contains(fold(s))) {
      return end ? PRESENT : null;
    }
    Matcher m = ISO_DATE.matcher(s);
    if (!m.matches()) {
      return "?";
    }
    if (m.group(2) != null) {
      int month = pyInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return m.group(1) + "-" + String.format(Locale.ROOT, "%02d", month);
      }
    }
    return m.group(1);
  }

  /** Python's int() of a string of (any script's) decimal digits. */
  private static int pyInt(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); ) {
      int c = digits.codePointAt(i);
      value = value * 10 + Character.digit(c, 10);
      i += Character.charCount(c);
    }
    return value;
  }

  static boolean dateEq(String truth, String pred) {
    if (truth.equals(PRESENT) || pred.equals(PRESENT)) {
      return truth.equals(pred);
    }
    if (truth.length() == 4) {
      return pred.substring(0, Math.min(4, pred.length())).equals(truth);
    }
    return pred.equals(truth);
  }

  // --------------------------------------------------------------------------------------------
  // entries and skills

  private record TextField(String field, String key, boolean degree) {}

  private record Entry(JsonNode node, String key) {}

  private record Candidate(double negScore, int truth, int pred) {}

  private static List<Entry> entries(JsonNode doc, String section, String key, String legacy) {
    List<Entry> out = new ArrayList<>();
    JsonNode list = get(doc, section);
    if (doc == null || !doc.isObject() || list == null || !list.isArray()) {
      return out;
    }
    for (JsonNode e : list) {
      if (e.isObject()) {
        String name = text(get(e, key));
        if (name.isEmpty()) {
          name = text(get(e, legacy));
        }
        if (!name.isEmpty()) {
          out.add(new Entry(e, name));
        }
      }
    }
    return out;
  }

  private static void scoreEntries(
      Tally tally,
      String section,
      List<Entry> tents,
      List<Entry> pents,
      List<TextField> textFields) {
    TextField first = textFields.get(0);
    List<Candidate> cands = new ArrayList<>();
    for (int i = 0; i < tents.size(); i++) {
      for (int j = 0; j < pents.size(); j++) {
        JsonNode t = tents.get(i).node();
        JsonNode p = pents.get(j).node();
        double s = sim(tents.get(i).key(), pents.get(j).key(), false);
        if (s >= THRESH) {
          // The same additions in the same order as score.py, so the sums are the same doubles.
          double extra = 0.0;
          extra += 0.5 * sim(text(get(t, first.key())), text(get(p, first.key())), first.degree());
          for (String k : List.of("startDate", "endDate")) {
            boolean end = k.equals("endDate");
            String a = normDate(get(t, k), end);
            String b = normDate(get(p, k), end);
            if (a != null && b != null && !b.equals("?") && dateEq(a, b)) {
              extra += 0.25;
            }
          }
          cands.add(new Candidate(-(s + extra), i, j));
        }
      }
    }
    cands.sort(
        Comparator.comparingDouble(Candidate::negScore)
            .thenComparingInt(Candidate::truth)
            .thenComparingInt(Candidate::pred));
    Set<Integer> usedT = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (Candidate c : cands) {
      if (!usedT.contains(c.truth()) && !usedP.contains(c.pred())) {
        usedT.add(c.truth());
        usedP.add(c.pred());
        pairs.add(new int[] {c.truth(), c.pred()});
      }
    }
    tally.add(section, pairs.size(), pents.size() - pairs.size(), tents.size() - pairs.size());
    for (int[] pair : pairs) {
      JsonNode t = tents.get(pair[0]).node();
      JsonNode p = pents.get(pair[1]).node();
      for (TextField f : textFields) {
        tally.scalar(
            f.field(),
            text(get(t, f.key())),
            text(get(p, f.key())),
            (a, b) -> fuzzyEq(a, b, f.degree()));
      }
      for (String k : List.of("startDate", "endDate")) {
        boolean end = k.equals("endDate");
        tally.scalar(
            section + "." + k,
            normDate(get(t, k), end),
            normDate(get(p, k), end),
            ResumeScorer::dateEq);
      }
    }
    for (int i = 0; i < tents.size(); i++) {
      if (!usedT.contains(i)) {
        JsonNode t = tents.get(i).node();
        for (TextField f : textFields) {
          tally.scalar(f.field(), text(get(t, f.key())), "", null);
        }
        for (String k : List.of("startDate", "endDate")) {
          tally.scalar(section + "." + k, normDate(get(t, k), k.equals("endDate")), null, null);
        }
      }
    }
    for (int j = 0; j < pents.size(); j++) {
      if (!usedP.contains(j)) {
        JsonNode p = pents.get(j).node();
        for (TextField f : textFields) {
          tally.scalar(f.field(), "", text(get(p, f.key())), null);
        }
        for (String k : List.of("startDate", "endDate")) {
          tally.scalar(section + "." + k, null, normDate(get(p, k), k.equals("endDate")), null);
        }
      }
    }
  }

  static Set<String> skillSet(JsonNode doc) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode skills = get(doc, "skills");
    if (doc == null || !doc.isObject() || skills == null || !skills.isArray()) {
      return out;
    }
    for (JsonNode s : skills) {
      List<JsonNode> items = new ArrayList<>();
      if (s.isString()) {
        items.add(s);
      } else if (s.isObject()) {
        items.add(get(s, "name"));
        items.addAll(pyList(get(s, "keywords")));
      }
      for (JsonNode x : items) {
        if (x != null && x.isString()) {
          String skill = pyStrip(SPACES.matcher(casefold(x.stringValue())).replaceAll(" "));
          skill = stripChars(skill, ".,;:");
          if (!skill.isEmpty()) {
            out.add(skill);
          }
        }
      }
    }
    return out;
  }

  /** Python's {@code list(x or [])}: a string gives its characters, an object its keys. */
  private static List<JsonNode> pyList(JsonNode x) {
    List<JsonNode> out = new ArrayList<>();
    if (x == null || !truthy(x)) {
      return out;
    }
    if (x.isArray()) {
      x.forEach(out::add);
    } else if (x.isString()) {
      x.stringValue().codePoints().forEach(c -> out.add(StringNode.valueOf(Character.toString(c))));
    } else if (x.isObject()) {
      x.propertyNames().forEach(k -> out.add(StringNode.valueOf(k)));
    }
    return out;
  }

  // --------------------------------------------------------------------------------------------
  // Python's view of JSON values

  /** {@code d.get(key)} on a dict, with JSON null read as absent (None), as json.loads gives. */
  private static JsonNode get(JsonNode doc, String key) {
    if (doc == null || !doc.isObject()) {
      return null;
    }
    JsonNode value = doc.get(key);
    return value == null || value.isNull() ? null : value;
  }

  private static boolean truthy(JsonNode x) {
    if (x == null || x.isNull()) {
      return false;
    }
    if (x.isString()) {
      return !x.stringValue().isEmpty();
    }
    if (x.isBoolean()) {
      return x.booleanValue();
    }
    if (x.isNumber()) {
      return x.doubleValue() != 0.0;
    }
    return !x.isEmpty();
  }

  /** {@code text(x)}: '' for None, lists and dicts, else {@code str(x).strip()}. */
  static String text(JsonNode x) {
    if (x == null || x.isArray() || x.isObject()) {
      return "";
    }
    return pyStrip(pyStr(x));
  }

  /** {@code str(s or '')}. */
  private static String pyStrOrEmpty(JsonNode x) {
    return truthy(x) ? pyStr(x) : "";
  }

  private static String pyStr(JsonNode x) {
    if (x.isString()) {
      return x.stringValue();
    }
    if (x.isBoolean()) {
      return x.booleanValue() ? "True" : "False";
    }
    if (x.isIntegralNumber()) {
      return x.bigIntegerValue().toString();
    }
    if (x.isNumber()) {
      return pyFloat(x.doubleValue());
    }
    // A list or dict: Python's repr differs, but starts with a bracket all the same, which is
    // all that matters where score.py reads one (it is never a date nor a word).
    return x.toString();
  }

  private static String pyFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    double abs = Math.abs(d);
    if (abs >= 1e-4 && abs < 1e16) {
      String plain = exact.toPlainString();
      return plain.contains(".") ? plain : plain + ".0";
    }
    String digits = exact.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - exact.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (d < 0 ? "-" : "")
        + mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
  }

  /** Python's {@code str.strip()}: Unicode whitespace, which Java's strip() mostly shares. */
  private static String pyStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPySpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPySpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isPySpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u001c'
        || c == '\u001d'
        || c == '\u001e'
        || c == '\u001f'
        || c == '\u0085';
  }

  private static String stripChars(String s, String chars) {
    int start = 0;
    int end = s.length();
    while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  // --------------------------------------------------------------------------------------------

  /** True positives, false positives and false negatives per field ({@code Tally}). */
  static final class Tally {
    private final Map<String, long[]> counts = new TreeMap<>();

    void add(String field, long tp, long fp, long fn) {
      long[] c = counts.computeIfAbsent(field, f -> new long[3]);
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
    }

    void scalar(String field, String t, String p, BiPredicate<String, String> eq) {
      boolean hasT = t != null && !t.isEmpty();
      boolean hasP = p != null && !p.isEmpty();
      if (hasT && hasP) {
        if (eq.test(t, p)) {
          add(field, 1, 0, 0);
        } else {
          add(field, 0, 1, 1);
        }
      } else if (hasT) {
        add(field, 0, 0, 1);
      } else if (hasP) {
        add(field, 0, 1, 0);
      }
    }

    void merge(Tally other) {
      other.counts.forEach((f, c) -> add(f, c[0], c[1], c[2]));
    }

    Counts field(String name) {
      long[] c = counts.getOrDefault(name, new long[3]);
      return new Counts(c[0], c[1], c[2]);
    }

    Counts group(String group) {
      Counts sum = new Counts(0, 0, 0);
      for (String f : FIELDS) {
        if (f.split("\\.")[0].equals(group)) {
          sum = sum.plus(field(f));
        }
      }
      return sum;
    }

    Counts total() {
      Counts sum = new Counts(0, 0, 0);
      for (long[] c : counts.values()) {
        sum = sum.plus(new Counts(c[0], c[1], c[2]));
      }
      return sum;
    }
  }

  /** Counts with precision, recall and F1 as {@code prf} computes them. */
  record Counts(long tp, long fp, long fn) {
    Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    double precision() {
      return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }
}
