package org.careercoach.server.parsing.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.ResumeParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether the parser's confidences are honest: every field of its provenance judged right or wrong
 * against the true JSON Resume, and the share right per confidence bucket. A low bucket should be
 * right less often than a high one. Run: {@code bench/parser-calibration.sh} (not part of verify).
 *
 * <p>A field is right when it matches the truth as {@code score.py} compares (emails and URLs
 * exactly, phones by digits, dates by month, text by token overlap ≥ 0.6), in the entry paired with
 * it (work by employer, education by school, …); a list item (a highlight, a keyword) when the
 * paired entry's list has it; a skill when the true skills have it.
 */
public final class ConfidenceCalibration {

  /** One field judged: its path, the parser's confidence, whether it was located, whether right. */
  public record Judged(String path, double confidence, boolean located, boolean right) {}

  private static final Map<String, List<String>> ENTRY_KEYS =
      Map.of(
          "work", List.of("name", "company"),
          "education", List.of("institution"),
          "volunteer", List.of("organization"),
          "projects", List.of("name"),
          "certificates", List.of("name"),
          "awards", List.of("title"),
          "languages", List.of("language"),
          "interests", List.of("name"),
          "publications", List.of("name"));

  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private ConfidenceCalibration() {}

  public static void main(String[] args) throws Exception {
    Path docs = Path.of(args[0]);
    Path truths = Path.of(args[1]);
    ResumeParser parser = new ResumeParser();
    List<Judged> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(docs)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.matches("r\\d+\\.(pdf|docx|txt)")) {
          continue;
        }
        JsonNode truth =
            CoachJson.mapper()
                .readTree(
                    Files.readString(truths.resolve(name.replaceAll("\\..*$", "") + ".json")));
        try {
          all.addAll(judge(truth, CoachJson.mapper().valueToTree(parser.parse(file))));
        } catch (ParseFailure e) {
          System.out.println("FAILED " + name + ": " + e.getMessage());
        }
      }
    }
    System.out.println(report(all));
    if (args.length > 2) {
      // A bucket's make-up: which kinds of field sit at that confidence, and how often right.
      double low = Double.parseDouble(args[2]);
      TreeMap<String, int[]> kinds = new TreeMap<>();
      for (Judged j : all) {
        if (j.confidence() >= low && j.confidence() < low + 0.1) {
          int[] k =
              kinds.computeIfAbsent(
                  j.path().replaceAll("\\[\\d+]", "[]") + " " + j.confidence(), x -> new int[2]);
          k[0]++;
          k[1] += j.right() ? 1 : 0;
        }
      }
      kinds.forEach((kind, k) -> System.out.println(kind + " " + k[1] + "/" + k[0]));
    }
  }

  /** The calibration table: per bucket of confidence, how many fields and the share right. */
  public static String report(List<Judged> judged) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-11s %6s %6s %9s %8s%n",
            "confidence",
            "fields",
            "right",
            "precision",
            "located"));
    TreeMap<Integer, int[]> buckets = new TreeMap<>();
    for (Judged j : judged) {
      int bucket = Math.max(4, Math.min(9, (int) Math.floor(j.confidence() * 10 + 1e-9)));
      int[] counts = buckets.computeIfAbsent(bucket, b -> new int[3]);
      counts[0]++;
      counts[1] += j.right() ? 1 : 0;
      counts[2] += j.located() ? 1 : 0;
    }
    int total = 0;
    int right = 0;
    for (Map.Entry<Integer, int[]> bucket : buckets.entrySet()) {
      int b = bucket.getKey();
      int[] c = bucket.getValue();
      String label =
          b == 4 ? "< 0.50" : String.format(Locale.ROOT, "%.1f–%.2f", b / 10.0, b / 10.0 + 0.09);
      out.append(
          String.format(
              Locale.ROOT,
              "%-11s %6d %6d %9.3f %8.3f%n",
              label,
              c[0],
              c[1],
              c[1] / (double) c[0],
              c[2] / (double) c[0]));
      total += c[0];
      right += c[1];
    }
    out.append(
        String.format(
            Locale.ROOT, "%-11s %6d %6d %9.3f%n", "all", total, right, right / (double) total));
    out.append(
        String.format(
            Locale.ROOT,
            "%n%-26s %6s %9s %9s%n",
            "kind of field",
            "fields",
            "mean conf",
            "precision"));
    TreeMap<String, double[]> kinds = new TreeMap<>();
    for (Judged j : judged) {
      String kind = j.path().replaceAll("\\[\\d+]", "[]");
      double[] k = kinds.computeIfAbsent(kind, x -> new double[3]);
      k[0]++;
      k[1] += j.confidence();
      k[2] += j.right() ? 1 : 0;
    }
    kinds.forEach(
        (kind, k) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-26s %6d %9.3f %9.3f%n",
                    kind,
                    (int) k[0],
                    k[1] / k[0],
                    k[2] / k[0])));
    return out.toString();
  }

  /** Every field of the prediction's provenance that the truth can judge, judged. */
  public static List<Judged> judge(JsonNode truth, JsonNode prediction) {
    ParseProvenance provenance =
        CoachJson.mapper()
            .treeToValue(prediction.at("/meta/" + ParseProvenance.META_KEY), ParseProvenance.class);
    Map<String, Map<Integer, JsonNode>> pairs = new HashMap<>();
    ENTRY_KEYS.forEach(
        (section, keys) ->
            pairs.put(section, pair(prediction.path(section), truth.path(section), keys)));
    Set<String> skills = ResumeScorer.skillSet(truth);
    List<Judged> judged = new ArrayList<>();
    provenance
        .fields()
        .forEach(
            (path, source) -> {
              Boolean right = right(path, truth, prediction, pairs, skills);
              if (right != null) {
                judged.add(new Judged(path, source.confidence(), source.line() != null, right));
              }
            });
    return judged;
  }

  private static Boolean right(
      String path,
      JsonNode truth,
      JsonNode prediction,
      Map<String, Map<Integer, JsonNode>> pairs,
      Set<String> skills) {
    List<String[]> steps = new ArrayList<>();
    for (String part : path.split("\\.")) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        return null;
      }
      steps.add(new String[] {m.group(1), m.group(2)});
    }
    JsonNode value = resolve(prediction, steps);
    String section = steps.get(0)[0];
    if (section.equals("skills")) {
      if (steps.size() < 2 || !value.isString()) {
        return null;
      }
      return skills.containsAll(normalisedSkill(value.asString()));
    }
    if (section.equals("basics")) {
      return basics(steps, value, truth.path("basics"));
    }
    if (!ENTRY_KEYS.containsKey(section) || steps.get(0)[1] == null) {
      return null;
    }
    JsonNode paired = pairs.get(section).get(Integer.parseInt(steps.get(0)[1]));
    if (steps.size() == 1) {
      return paired != null;
    }
    if (paired == null) {
      return false;
    }
    String key = steps.get(1)[0];
    JsonNode expected = paired.path(key);
    if (key.equals("name") && section.equals("work") && expected.isMissingNode()) {
      expected = paired.path("company");
    }
    if (steps.get(1)[1] != null) {
      // An item of a list: right when the paired entry's list has it.
      for (JsonNode item : expected) {
        if (textRight(item, value, false)) {
          return true;
        }
      }
      return false;
    }
    if (key.endsWith("Date") || key.equals("date")) {
      String want = ResumeScorer.normDate(expected.isMissingNode() ? null : expected, false);
      String got = ResumeScorer.normDate(value, false);
      return want != null && ResumeScorer.dateEq(want, got);
    }
    return textRight(expected, value, key.equals("studyType") || key.equals("area"));
  }

  private static Boolean basics(List<String[]> steps, JsonNode value, JsonNode truth) {
    if (steps.size() < 2) {
      return null;
    }
    String key = steps.get(1)[0];
    if (key.equals("profiles")) {
      for (JsonNode profile : truth.path("profiles")) {
        if (steps.size() == 2) {
          if (profile
              .path("network")
              .asString("")
              .equalsIgnoreCase(value.path("network").asString(""))) {
            return true;
          }
        } else {
          String field = steps.get(2)[0];
          if (bareUrl(profile.path(field).asString("")).equals(bareUrl(value.asString("")))) {
            return true;
          }
        }
      }
      return false;
    }
    if (key.equals("location")) {
      JsonNode location = truth.path("location");
      if (steps.size() == 2) {
        return textRight(location.path("city"), value.path("city"), false);
      }
      return textRight(location.path(steps.get(2)[0]), value, false);
    }
    JsonNode expected = truth.path(key);
    if (!value.isString()) {
      return null;
    }
    return switch (key) {
      case "email" -> expected.asString("").equalsIgnoreCase(value.asString());
      case "phone" -> ResumeScorer.phoneEq(expected.asString(""), value.asString());
      case "url" -> bareUrl(expected.asString("")).equals(bareUrl(value.asString()));
      default -> textRight(expected, value, false);
    };
  }

  private static boolean textRight(JsonNode expected, JsonNode value, boolean degree) {
    if (expected == null || !expected.isString() || value == null || !value.isString()) {
      return false;
    }
    return ResumeScorer.fuzzyEq(expected.asString(), value.asString(), degree);
  }

  private static String bareUrl(String url) {
    return url.toLowerCase(Locale.ROOT)
        .replaceFirst("^[a-z]+://", "")
        .replaceFirst("^www\\.", "")
        .replaceFirst("/+$", "");
  }

  private static Set<String> normalisedSkill(String skill) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.putArray("skills").addObject().put("name", skill);
    return ResumeScorer.skillSet(doc);
  }

  private static JsonNode resolve(JsonNode node, List<String[]> steps) {
    JsonNode at = node;
    for (String[] step : steps) {
      at = at.path(step[0]);
      if (step[1] != null) {
        at = at.path(Integer.parseInt(step[1]));
      }
    }
    return at;
  }

  /** Predicted entries paired greedily with true ones by their name, as score.py pairs them. */
  private static Map<Integer, JsonNode> pair(
      JsonNode predicted, JsonNode truth, List<String> keys) {
    record Candidate(double similarity, int predicted, int truth) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) {
      for (int t = 0; t < truth.size(); t++) {
        double similarity =
            ResumeScorer.sim(nameOf(truth.get(t), keys), nameOf(predicted.get(p), keys), false);
        if (similarity >= 0.6) {
          candidates.add(new Candidate(similarity, p, t));
        }
      }
    }
    candidates.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
    Map<Integer, JsonNode> pairs = new HashMap<>();
    Set<Integer> taken = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      if (!pairs.containsKey(c.predicted()) && taken.add(c.truth())) {
        pairs.put(c.predicted(), truth.get(c.truth()));
      }
    }
    return pairs;
  }

  private static String nameOf(JsonNode entry, List<String> keys) {
    for (String key : keys) {
      if (entry.path(key).isString()) {
        return entry.path(key).asString();
      }
    }
    return "";
  }
}
