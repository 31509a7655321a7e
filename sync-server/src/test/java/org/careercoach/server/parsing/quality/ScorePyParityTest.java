package org.careercoach.server.parsing.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.quality.ResumeScorer.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The Java port and {@code ../shared/eval/score.py} give the same figures — every field's counts,
 * every group, type, macro and micro F1 — on the parser's development-set output, on a set
 * perturbed to exercise each scoring rule, and on a collapsed set. Needs {@code python3}: skipped
 * without it, failed under {@code COACH_REQUIRE_ALL=1}.
 */
class ScorePyParityTest {

  private static final double TOLERANCE = 1e-12;

  @TempDir Path tmp;

  @Test
  void theParsersOutputScoresTheSameInJavaAndPython() throws Exception {
    Path python = python3();
    DevSet dev = DevSet.get();

    assertSameFigures(python, dev, dev.predictions(), "parsed", true);
  }

  @Test
  void perturbedPredictionsScoreTheSameInJavaAndPython() throws Exception {
    Path python = python3();
    DevSet dev = DevSet.get();
    SortedMap<String, JsonNode> perturbed = new TreeMap<>();
    int variant = 0;
    for (Map.Entry<String, JsonNode> truth : dev.truths().entrySet()) {
      for (String format : DevSet.FORMATS) {
        perturbed.put(truth.getKey() + "." + format, Perturbations.of(truth.getValue(), variant++));
      }
    }
    // One document of each type left out: it counts as nothing predicted in both.
    perturbed.remove(dev.truths().firstKey() + ".pdf");
    perturbed.remove(dev.truths().lastKey() + ".txt");

    assertSameFigures(python, dev, perturbed, "perturbed", true);
  }

  @Test
  void collapsedPredictionsScoreTheSameInJavaAndPython() throws Exception {
    Path python = python3();
    DevSet dev = DevSet.get();

    assertSameFigures(python, dev, dev.collapsed(), "collapsed", false);
  }

  @Test
  void textIsFoldedAsPythonFoldsItForEveryCharacterBothKnow() throws Exception {
    Path python = python3();
    Path scorer = SharedData.require("eval/score.py");
    // score.py's own fold(), on every character of the first three planes that Python's Unicode
    // tables assign; Java's may be older or newer, so only characters both assign are compared.
    String program =
        String.join(
            "\n",
            "import sys, unicodedata",
            "sys.path.insert(0, sys.argv[1])",
            "from score import fold",
            "out = []",
            "for c in range(0x30000):",
            "    if 0xD800 <= c < 0xE000 or unicodedata.category(chr(c)) == 'Cn': continue",
            "    out.append('%x %s' % (c, ','.join('%x' % ord(x) for x in fold(chr(c)))))",
            "sys.stdout.write('\\n'.join(out))");
    Path folds = tmp.resolve("folds.txt");
    Process process =
        new ProcessBuilder(python.toString(), "-c", program, scorer.getParent().toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .redirectOutput(folds.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("python finished").isTrue();
    assertThat(process.exitValue()).isZero();

    List<String> differences = new ArrayList<>();
    List<String> lines = Files.readAllLines(folds);
    for (String line : lines) {
      String[] parts = line.split(" ", -1);
      int c = Integer.parseInt(parts[0], 16);
      if (Character.getType(c) == Character.UNASSIGNED) {
        continue;
      }
      StringBuilder expected = new StringBuilder();
      for (String hex : parts[1].isEmpty() ? new String[0] : parts[1].split(",")) {
        expected.appendCodePoint(Integer.parseInt(hex, 16));
      }
      String java = ResumeScorer.fold(Character.toString(c));
      if (!java.contentEquals(expected)) {
        differences.add(String.format("U+%04X: python %s, java %s", c, expected, java));
      }
    }
    assertThat(lines).hasSizeGreaterThan(100_000);
    assertThat(differences).isEmpty();
  }

  private void assertSameFigures(
      Path python,
      DevSet dev,
      SortedMap<String, JsonNode> predictions,
      String name,
      boolean eachFormatAlone)
      throws Exception {
    Path folder = Files.createDirectories(tmp.resolve(name));
    for (Map.Entry<String, JsonNode> p : predictions.entrySet()) {
      Files.writeString(
          folder.resolve(p.getKey() + ".json"),
          CoachJson.mapper().writeValueAsString(p.getValue()),
          StandardCharsets.UTF_8);
    }
    List<List<String>> typeSets = new ArrayList<>();
    typeSets.add(DevSet.FORMATS);
    if (eachFormatAlone) {
      DevSet.FORMATS.forEach(f -> typeSets.add(List.of(f)));
    }
    for (List<String> types : typeSets) {
      ScoreReport java = ScoreReport.of(dev.truths(), predictions, types);
      JsonNode py = runScorePy(python, dev.truthFolder(), folder, types);
      String what = name + " " + types;

      for (Map.Entry<String, Counts> field : java.fields().entrySet()) {
        JsonNode expected = py.at("/fields/" + field.getKey().replace("/", "~1"));
        Counts counts = field.getValue();
        assertThat(
                List.of(
                    counts.tp(),
                    counts.fp(),
                    counts.fn(),
                    counts.precision(),
                    counts.recall(),
                    counts.f1()))
            .as("%s %s (tp, fp, fn, precision, recall, f1)", what, field.getKey())
            .usingElementComparator(ScorePyParityTest::numbersEqual)
            .containsExactly(
                expected.get("tp").asLong(),
                expected.get("fp").asLong(),
                expected.get("fn").asLong(),
                expected.get("precision").asDouble(),
                expected.get("recall").asDouble(),
                expected.get("f1").asDouble());
      }
      assertThat(py.get("fields").size()).isEqualTo(java.fields().size());
      for (Map.Entry<String, Double> group : java.groupF1().entrySet()) {
        assertThat(group.getValue())
            .as("%s group %s", what, group.getKey())
            .isCloseTo(py.at("/group_f1/" + group.getKey()).asDouble(), within(TOLERANCE));
      }
      assertThat(java.macroF1())
          .as("%s macro", what)
          .isCloseTo(py.get("macro_f1").asDouble(), within(TOLERANCE));
      assertThat(java.microF1())
          .as("%s micro", what)
          .isCloseTo(py.get("overall_f1").asDouble(), within(TOLERANCE));
      assertThat(java.all().precision())
          .isCloseTo(py.get("precision").asDouble(), within(TOLERANCE));
      assertThat(java.all().recall()).isCloseTo(py.get("recall").asDouble(), within(TOLERANCE));
      if (types.size() > 1) {
        assertThat(py.get("by_type").size()).isEqualTo(types.size());
        for (Map.Entry<String, Counts> type : java.byType().entrySet()) {
          assertThat(type.getValue().f1())
              .as("%s type %s", what, type.getKey())
              .isCloseTo(py.at("/by_type/" + type.getKey() + "/f1").asDouble(), within(TOLERANCE));
        }
      }
    }
  }

  private static int numbersEqual(Object a, Object b) {
    if (a instanceof Long x && b instanceof Long y) {
      return Long.compare(x, y);
    }
    double x = ((Number) a).doubleValue();
    double y = ((Number) b).doubleValue();
    return Math.abs(x - y) <= TOLERANCE ? 0 : Double.compare(x, y);
  }

  private JsonNode runScorePy(Path python, Path truth, Path predictions, List<String> types)
      throws IOException, InterruptedException {
    Path report = Files.createTempFile(tmp, "report", ".json");
    Path log = Files.createTempFile(tmp, "score", ".log");
    Process process =
        new ProcessBuilder(
                python.toString(),
                SharedData.require("eval/score.py").toString(),
                truth.toString(),
                predictions.toString(),
                "--formats",
                String.join(",", types),
                "--json",
                report.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    assertThat(finished).as("score.py finished within 60 s").isTrue();
    assertThat(process.exitValue()).as("score.py: %s", Files.readString(log)).isZero();
    return CoachJson.mapper().readTree(Files.readString(report));
  }

  /** python3 on the PATH, or a skip (a failure under COACH_REQUIRE_ALL=1). */
  private static Path python3() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, "python3");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    SharedData.unavailable("python3 is not on the PATH, so score.py cannot run", System.getenv());
    throw new IllegalStateException("unreachable");
  }
}
