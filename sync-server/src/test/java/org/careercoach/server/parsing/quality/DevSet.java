package org.careercoach.server.parsing.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.ResumeParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The development set ({@code ../shared/eval/dev}) parsed once per test JVM by the heuristic parser
 * (no AI), shared by every test that reads the parser's output on it: the parse is the expensive
 * part. Predictions are keyed by file name ({@code r001.pdf}), truths by resume ({@code r001}).
 */
public record DevSet(
    Path truthFolder,
    SortedMap<String, JsonNode> truths,
    SortedMap<String, JsonNode> predictions,
    SortedMap<String, String> failures) {

  static final List<String> FORMATS = List.of("pdf", "docx", "txt");

  private static DevSet parsed;

  /** The parsed set; the calling test is skipped (or fails) when the shared folder is absent. */
  public static synchronized DevSet get() {
    Path docs = SharedData.require("eval/dev/docs");
    Path truth = SharedData.require("eval/dev/truth");
    if (parsed == null) {
      parsed = parse(docs, truth);
    }
    return parsed;
  }

  private static DevSet parse(Path docs, Path truthFolder) {
    SortedMap<String, JsonNode> truths = new TreeMap<>();
    SortedMap<String, JsonNode> predictions = new TreeMap<>();
    SortedMap<String, String> failures = new TreeMap<>();
    ResumeParser parser = new ResumeParser();
    try (Stream<Path> truthFiles = Files.list(truthFolder);
        Stream<Path> docFiles = Files.list(docs)) {
      for (Path file : truthFiles.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.matches("[^.]+\\.json")) {
          truths.put(
              name.substring(0, name.length() - 5),
              CoachJson.mapper().readTree(Files.readString(file)));
        }
      }
      for (Path file : docFiles.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.matches("r\\d+\\.(pdf|docx|txt)")) {
          try {
            predictions.put(name, CoachJson.mapper().valueToTree(parser.parse(file)));
          } catch (ParseFailure e) {
            // Scored as score.py scores a missing prediction: everything missed.
            failures.put(name, e.getMessage());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new DevSet(truthFolder, truths, predictions, failures);
  }

  /** The figures for the given document types, as {@code score.py --formats} computes them. */
  ScoreReport score(List<String> types) {
    return ScoreReport.of(truths, predictions, types);
  }

  /** The same documents with work, education and skills lost: what a collapsed parser gives. */
  SortedMap<String, JsonNode> collapsed() {
    SortedMap<String, JsonNode> broken = new TreeMap<>();
    predictions.forEach(
        (name, resume) -> {
          JsonNode copy = resume.deepCopy();
          for (String section : List.of("work", "education", "skills")) {
            ((ObjectNode) copy).putArray(section);
          }
          broken.put(name, copy);
        });
    return broken;
  }
}
