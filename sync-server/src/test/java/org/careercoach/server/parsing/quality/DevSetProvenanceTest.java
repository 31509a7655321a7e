package org.careercoach.server.parsing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.api.ParseProvenance.SourcePage;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.parsing.text.DateRanges;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The provenance of every development resume (PDF, DOCX, TXT) holds together: the app reads it with
 * {@link ParseProvenance#of}, every field it names is a value the resume has, and a field that says
 * where it came from really stands there — its line's text holds the value (a date: a date that
 * reads as it), and in a PDF its box lies on its page.
 */
class DevSetProvenanceTest {

  private static final Pattern STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void everyFieldNamesAValueOfTheResumeAndStandsOnTheLineItPointsAt() {
    DevSet dev = DevSet.get();
    List<String> problems = new ArrayList<>();
    int located = 0;
    int fields = 0;
    int largest = 0;
    for (Map.Entry<String, JsonNode> parsed : dev.predictions().entrySet()) {
      String file = parsed.getKey();
      JsonNode tree = parsed.getValue();
      largest = Math.max(largest, CoachJson.mapper().writeValueAsString(tree).length());
      Resume resume = CoachJson.mapper().treeToValue(tree, Resume.class);
      Optional<ParseProvenance> read = ParseProvenance.of(resume);
      assertThat(read).as(file).isPresent();
      ParseProvenance provenance = read.get();
      assertThat(provenance.parser()).isEqualTo("heuristic");
      assertThat(provenance.lines()).as(file).isNotEmpty();
      assertThat(provenance.pages().isEmpty()).as(file).isEqualTo(!file.endsWith(".pdf"));
      assertThat(provenance.fields()).as(file).containsKeys("basics.email", "work[0]");
      for (Map.Entry<String, FieldSource> field : provenance.fields().entrySet()) {
        fields++;
        String path = field.getKey();
        FieldSource source = field.getValue();
        JsonNode value = resolve(tree, path);
        if (value.isMissingNode() || value.isNull()) {
          problems.add(file + " " + path + ": no such value");
          continue;
        }
        assertThat(source.confidence()).as(file + " " + path).isBetween(0.0, 1.0);
        if (source.line() == null) {
          continue;
        }
        located++;
        String problem = standsThere(file, path, value, source, provenance);
        if (problem != null) {
          problems.add(file + " " + path + ": " + problem);
        }
      }
    }
    assertThat(problems).isEmpty();
    // Nearly every field is found again in the document (the rest are derived: "GitHub" of a URL).
    assertThat(located).isGreaterThan(fields * 95 / 100);
    // The lines make a parsed resume larger, not unreasonably so.
    assertThat(largest).as("the largest parsed resume, in characters").isLessThan(150_000);
  }

  /**
   * Confidence means something: the fields the parser is unsure of (under 0.6) are right less often
   * than those it is sure of (0.8 and over), judged against the truth.
   */
  @Test
  void lowConfidenceFieldsAreWrongMoreOftenThanHighOnes() {
    DevSet dev = DevSet.get();
    List<ConfidenceCalibration.Judged> judged = new ArrayList<>();
    dev.predictions()
        .forEach(
            (file, tree) ->
                judged.addAll(
                    ConfidenceCalibration.judge(
                        dev.truths().get(file.replaceAll("\\..*$", "")), tree)));
    double low = precision(judged, 0, 0.6);
    double high = precision(judged, 0.8, 1.01);

    assertThat(judged).hasSizeGreaterThan(1000);
    assertThat(low).isLessThan(high - 0.2);
  }

  private static double precision(
      List<ConfidenceCalibration.Judged> judged, double from, double to) {
    long n = judged.stream().filter(j -> j.confidence() >= from && j.confidence() < to).count();
    long right =
        judged.stream()
            .filter(j -> j.confidence() >= from && j.confidence() < to && j.right())
            .count();
    return n == 0 ? Double.NaN : right / (double) n;
  }

  private static String standsThere(
      String file, String path, JsonNode value, FieldSource source, ParseProvenance provenance) {
    List<SourceLine> lines = provenance.lines();
    int index = source.line() - 1;
    if (index < 0 || index >= lines.size() || lines.get(index).number() != source.line()) {
      return "line " + source.line() + " is not among the lines";
    }
    SourceLine line = lines.get(index);
    if (source.page() == null || source.page() != line.page()) {
      return "page " + source.page() + " is not its line's page " + line.page();
    }
    if (file.endsWith(".pdf")) {
      if (source.box() == null) {
        return "no box in a PDF";
      }
      SourcePage page = provenance.pages().get(line.page() - 1);
      var box = source.box();
      if (box.x() < -1
          || box.y() < -1
          || box.x() + box.width() > page.width() + 1
          || box.y() + box.height() > page.height() + 1) {
        return "box " + box + " is off its page " + page;
      }
    } else if (source.box() != null) {
      return "a box outside a PDF";
    }
    if (!value.isString()) {
      return null;
    }
    String key = path.replaceAll("\\[\\d+]$", "").replaceAll("^.*\\.", "");
    if (key.endsWith("Date") || key.equals("date")) {
      PartialDate date = PartialDate.parse(value.asString());
      boolean written =
          DateRanges.dates(line.text()).stream().anyMatch(d -> date.equals(d.end()))
              || DateRanges.find(line.text())
                  .map(d -> date.equals(d.start()) || date.equals(d.end()))
                  .orElse(false);
      return written ? null : "the date " + date + " is not written on \"" + line.text() + "\"";
    }
    // The value's words, in order, start on its line and may run on over the next ones (a
    // summary, a wrapped item); a few words of the line may stand between them (a date the parser
    // took out of an award's title).
    // (Its first words: a long summary may go on in another column on the next page.)
    List<String> valueWords = words(value.asString());
    List<String> wanted = valueWords.subList(0, Math.min(6, valueWords.size()));
    List<String> have = new ArrayList<>(words(line.text()));
    int onFirstLine = have.size();
    for (int i = index + 1;
        i < lines.size() && have.size() < onFirstLine + wanted.size() * 3;
        i++) {
      have.addAll(words(lines.get(i).text()));
    }
    for (int first = 0; first < onFirstLine && !wanted.isEmpty(); first++) {
      int at = first;
      boolean all = have.get(first).startsWith(wanted.get(0));
      for (int k = 1; k < wanted.size() && all; k++) {
        all = false;
        for (int next = at + 1; next < have.size() && next <= at + 3; next++) {
          if (have.get(next).startsWith(wanted.get(k))) {
            at = next;
            all = true;
            break;
          }
        }
      }
      if (all) {
        return null;
      }
    }
    return "\"" + value.asString() + "\" is not on \"" + line.text() + "\"";
  }

  /** The text's words (letters and digits), lower-cased. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static JsonNode resolve(JsonNode tree, String path) {
    JsonNode at = tree;
    for (String part : path.split("\\.")) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        return tools.jackson.databind.node.MissingNode.getInstance();
      }
      at = at.path(m.group(1));
      if (m.group(2) != null) {
        at = at.path(Integer.parseInt(m.group(2)));
      }
    }
    return at;
  }
}
