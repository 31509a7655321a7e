package org.careercoach.server.parsing.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careercoach.model.json.CoachJson;

/**
 * {@link ConfidenceCalibration}'s table over parser output already written for the generated corpus
 * (ADR 0021): {@code CORPUS PREDICTIONS}, where {@code PREDICTIONS/<layout>/<id>.<ext>.json} is the
 * parser's output for {@code CORPUS/<layout>/docs/<id>.<ext>} and its truth is {@code
 * CORPUS/<layout>/truth/<id>.json}. Run by {@code bench/parser-lolo.sh} over the left-out groups.
 */
public final class CorpusCalibration {

  private CorpusCalibration() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: CorpusCalibration CORPUS PREDICTIONS");
      System.exit(2);
    }
    Path corpus = Path.of(args[0]);
    List<ConfidenceCalibration.Judged> judged = new ArrayList<>();
    int documents = 0;
    try (Stream<Path> layouts = Files.list(Path.of(args[1]))) {
      for (Path layout : layouts.filter(Files::isDirectory).sorted().toList()) {
        Path truths = corpus.resolve(layout.getFileName()).resolve("truth");
        try (Stream<Path> predictions = Files.list(layout)) {
          for (Path prediction : predictions.sorted().toList()) {
            String name = prediction.getFileName().toString();
            Path truth = truths.resolve(name.replaceFirst("\\..*$", "") + ".json");
            if (!name.endsWith(".json") || !Files.isRegularFile(truth)) {
              continue;
            }
            judged.addAll(
                ConfidenceCalibration.judge(
                    CoachJson.mapper().readTree(Files.readString(truth)),
                    CoachJson.mapper().readTree(Files.readString(prediction))));
            documents++;
          }
        }
      }
    }
    if (documents == 0) {
      System.err.println("no predictions with a truth under " + args[1]);
      System.exit(1);
    }
    System.out.println(documents + " documents");
    System.out.print(ConfidenceCalibration.report(judged));
  }
}
