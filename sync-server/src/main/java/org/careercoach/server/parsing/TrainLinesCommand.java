package org.careercoach.server.parsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.heuristic.HeadingWords;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.learning.LineRecord;
import org.careercoach.server.parsing.learning.LineTrainer;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code java -jar sync-server.jar train-lines LINES.jsonl.gz [--exclude-group G] [--seed N] --out
 * MODEL}: trains the line model on the records of the {@code lines} command, deterministically for
 * a seed; with {@code --exclude-group} it never sees that group (leave-one-group-out).
 */
public final class TrainLinesCommand {

  private TrainLinesCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    Path lines = null;
    Path target = null;
    String excluded = null;
    long seed = 18;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      boolean hasValue = i + 1 < args.size();
      if (arg.equals("--out") && hasValue) {
        target = Path.of(args.get(++i));
      } else if (arg.equals("--exclude-group") && hasValue) {
        excluded = args.get(++i);
      } else if (arg.equals("--seed") && hasValue) {
        try {
          seed = Long.parseLong(args.get(++i));
        } catch (NumberFormatException e) {
          return usage(err, "--seed takes a whole number");
        }
      } else if (lines == null && !arg.startsWith("--")) {
        lines = Path.of(arg);
      } else {
        return usage(err, "unexpected " + arg);
      }
    }
    if (lines == null || target == null) {
      return usage(err, lines == null ? "give the lines file" : "--out MODEL is required");
    }
    long started = System.nanoTime();
    List<LineRecord> records = new ArrayList<>();
    ObjectMapper json = CoachJson.mapper();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(lines)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        records.add(json.readValue(line, LineRecord.class));
      }
    } catch (IOException | RuntimeException e) {
      return usage(err, "cannot read " + lines + ": " + e.getMessage());
    }
    LineModel model;
    try {
      model = LineTrainer.train(records, excluded, seed, HeadingWords::kindOf);
    } catch (IllegalArgumentException e) {
      return usage(err, e.getMessage());
    }
    try (OutputStream file = Files.newOutputStream(target)) {
      model.write(file);
    } catch (IOException e) {
      err.println("train-lines: cannot write " + target + ": " + e.getMessage());
      return 1;
    }
    if (excluded != null) {
      report(LineTrainer.evaluate(model, records, excluded, HeadingWords::kindOf), excluded, out);
    }
    out.printf(
        "trained on %d line records%s in %.1f s, model %s (%d bytes)%n",
        records.size(),
        excluded == null ? "" : " without group " + excluded,
        (System.nanoTime() - started) / 1e9,
        target,
        target.toFile().length());
    return 0;
  }

  /**
   * Per label, precision and recall on the left-out group: what the model does on unseen layouts.
   */
  private static void report(
      java.util.Map<LineLabel, int[]> counts, String group, PrintStream out) {
    out.println("lines of the left-out group " + group + ": label  tp fp fn  precision recall");
    int right = 0;
    int all = 0;
    for (var entry : counts.entrySet()) {
      int[] c = entry.getValue();
      right += c[0];
      all += c[0] + c[2];
      if (c[0] + c[1] + c[2] > 0) {
        out.printf(
            "  %-22s %5d %5d %5d  %.3f %.3f%n",
            entry.getKey(),
            c[0],
            c[1],
            c[2],
            c[0] / (double) Math.max(1, c[0] + c[1]),
            c[0] / (double) Math.max(1, c[0] + c[2]));
      }
    }
    out.printf("  accuracy %.3f over %d lines%n", right / (double) Math.max(1, all), all);
  }

  private static int usage(PrintStream err, String problem) {
    err.println("train-lines: " + problem);
    err.println(
        "usage: java -jar sync-server.jar train-lines LINES.jsonl.gz [--exclude-group G]"
            + " [--seed N] --out MODEL");
    return 2;
  }
}
