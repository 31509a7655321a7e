package org.careercoach.server.parsing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.parsing.learning.LayoutLine;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineLabeller;
import org.careercoach.server.parsing.learning.LineRecord;
import org.careercoach.server.parsing.text.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code java -jar sync-server.jar lines CORPUS --out LINES.jsonl.gz}: every document of a corpus
 * (ADR 0021) extracted as the parser extracts it, and each line labelled from the document's truth
 * and meta; one JSON {@link LineRecord} a line, gzip'd. A document that cannot be read is named and
 * skipped.
 */
public final class LinesCommand {

  private LinesCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    ParseCommand.quietLibraryLogs();
    Path corpus = null;
    Path target = null;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--out") && i + 1 < args.size()) {
        target = Path.of(args.get(++i));
      } else if (corpus == null && !args.get(i).startsWith("--")) {
        corpus = Path.of(args.get(i));
      } else {
        return usage(err, "unexpected " + args.get(i));
      }
    }
    if (corpus == null || target == null) {
      return usage(err, corpus == null ? "give the corpus folder" : "--out FILE is required");
    }
    if (!Files.isRegularFile(corpus.resolve("layouts.json"))) {
      return usage(err, corpus + " is not a corpus: it has no layouts.json");
    }
    ObjectMapper json = CoachJson.mapper();
    Map<String, String> groups = new HashMap<>();
    try {
      for (JsonNode layout : json.readTree(corpus.resolve("layouts.json").toFile())) {
        groups.put(layout.path("id").asString(), layout.path("group").asString("unknown"));
      }
    } catch (RuntimeException e) {
      return usage(err, "cannot read " + corpus.resolve("layouts.json") + ": " + e.getMessage());
    }
    int documents = 0;
    int failed = 0;
    long lines = 0;
    Map<LineLabel, Integer> counts = new java.util.EnumMap<>(LineLabel.class);
    try (BufferedWriter writer =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8))) {
      for (String layout : groups.keySet().stream().sorted().toList()) {
        Path docs = corpus.resolve(layout).resolve("docs");
        if (!Files.isDirectory(docs)) {
          continue;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(docs)) {
          files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          String name = file.getFileName().toString();
          String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
          Path truth = corpus.resolve(layout).resolve("truth").resolve(id + ".json");
          Path meta = corpus.resolve(layout).resolve("meta").resolve(id + ".json");
          if (!Files.isRegularFile(truth) || !Files.isRegularFile(meta)) {
            failed++;
            out.println("SKIPPED " + layout + "/" + name + ": no truth or meta");
            continue;
          }
          List<LayoutLine> read;
          try {
            Document document =
                Watchdog.within(
                    ResumeParser.DEFAULT_TIME_LIMIT,
                    () -> ResumeParser.extract(readBytes(file), name));
            read = LayoutLine.of(document.lines());
          } catch (ParseFailure e) {
            failed++;
            out.println("FAILED " + layout + "/" + name + ": " + e.getMessage());
            continue;
          }
          List<LineLabel> labels =
              new LineLabeller(json.readTree(truth.toFile()), json.readTree(meta.toFile()))
                  .label(read);
          for (int i = 0; i < read.size(); i++) {
            LineRecord record =
                new LineRecord(name, layout, groups.get(layout), i, labels.get(i), read.get(i));
            writer.write(json.writeValueAsString(record));
            writer.newLine();
            if (!read.get(i).isBlank()) {
              counts.merge(labels.get(i), 1, Integer::sum);
              lines++;
            }
          }
          documents++;
        }
      }
    } catch (IOException e) {
      err.println("lines: cannot write " + target + ": " + e.getMessage());
      return 1;
    }
    out.printf(
        "%d documents, %d lines, %d failed, written to %s%n", documents, lines, failed, target);
    out.println("labels: " + counts);
    return 0;
  }

  private static byte[] readBytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParseFailure(ParseFailure.Kind.UNREADABLE, "The file cannot be read.", e);
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("lines: " + problem);
    err.println("usage: java -jar sync-server.jar lines CORPUS --out LINES.jsonl.gz");
    return 2;
  }
}
