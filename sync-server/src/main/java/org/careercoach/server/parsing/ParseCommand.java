package org.careercoach.server.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.ai.ModelClient;
import org.careercoach.server.parsing.learning.LineModel;

/**
 * {@code java -jar sync-server.jar parse FILE_OR_DIR... --out DIR}: writes {@code DIR/<name>.json}
 * per input, a line for each input that fails, and a one-line summary. Exits non-zero only on usage
 * errors.
 */
public final class ParseCommand {

  private ParseCommand() {}

  public static int run(List<String> args, PrintStream out, PrintStream err) {
    quietLibraryLogs();
    List<Path> inputs = new ArrayList<>();
    Path outDir = null;
    String isolatedHeap = null;
    Optional<LineModel> lineModel = LineModel.committed();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--model")) {
        if (i + 1 >= args.size()) {
          return usage(err, "--model needs a model file or none");
        }
        String choice = args.get(++i);
        if (choice.equals("none")) {
          lineModel = Optional.empty();
        } else {
          try (InputStream in = Files.newInputStream(Path.of(choice))) {
            lineModel = Optional.of(LineModel.read(in));
          } catch (IOException e) {
            return usage(err, "cannot read the line model " + choice + ": " + e.getMessage());
          }
        }
      } else if (args.get(i).equals("--isolate")) {
        isolatedHeap = "256m";
      } else if (args.get(i).startsWith("--isolate=")) {
        isolatedHeap = args.get(i).substring("--isolate=".length());
      } else if (args.get(i).equals("--out")) {
        if (i + 1 >= args.size()) {
          return usage(err, "--out needs a folder");
        }
        outDir = Path.of(args.get(++i));
      } else {
        inputs.add(Path.of(args.get(i)));
      }
    }
    if (outDir == null || inputs.isEmpty()) {
      return usage(
          err, outDir == null ? "--out DIR is required" : "give at least one file or folder");
    }
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        try (Stream<Path> listing = Files.list(input)) {
          listing.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          return usage(err, "cannot list " + input + ": " + e.getMessage());
        }
      } else if (Files.isRegularFile(input)) {
        files.add(input);
      } else {
        return usage(err, "no such file or folder: " + input);
      }
    }
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      return usage(err, "cannot create " + outDir + ": " + e.getMessage());
    }
    // The configured model when there is one (its answer validated, the heuristic as fallback), its
    // answers kept in the data folder the server uses, so a rerun pays for nothing twice.
    ResumeParser parser =
        new ResumeParser(
            ResumeParser.DEFAULT_TIME_LIMIT,
            ModelClient.fromEnvironment(System.getenv()),
            lineModel);
    int parsed = 0;
    int failed = 0;
    ChildJvmParser isolated =
        isolatedHeap == null ? null : new ChildJvmParser(isolatedHeap, Duration.ofSeconds(90));
    for (Path file : files) {
      try {
        Resume resume = isolated == null ? parser.parse(file) : isolated.parse(file);
        Path target = outDir.resolve(file.getFileName().toString() + ".json");
        Files.writeString(
            target, CoachJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(resume));
        parsed++;
      } catch (ParseFailure e) {
        failed++;
        out.println("FAILED " + file.getFileName() + ": " + e.getMessage());
      } catch (IOException e) {
        failed++;
        out.println(
            "FAILED " + file.getFileName() + ": cannot write the result: " + e.getMessage());
      }
    }
    out.printf(
        "parsed %d of %d files, %d failed, output in %s%n", parsed, files.size(), failed, outDir);
    return 0;
  }

  /** PDFBox logs damaged files with stack traces; the summary line already says what failed. */
  static void quietLibraryLogs() {
    if (org.slf4j.LoggerFactory.getLogger("org.apache.pdfbox")
        instanceof ch.qos.logback.classic.Logger pdfbox) {
      pdfbox.setLevel(ch.qos.logback.classic.Level.OFF);
    }
  }

  private static int usage(PrintStream err, String problem) {
    err.println("parse: " + problem);
    err.println(
        "usage: java -jar sync-server.jar parse [--isolate[=HEAP]] [--model MODEL|none]"
            + " FILE_OR_DIR... --out DIR");
    err.println("  --isolate  parse each file in a child JVM with its own heap (default 256m)");
    err.println(
        "  --model    the line model that finds headings (default: the committed one; none:"
            + " the rules alone; a child JVM of --isolate uses the committed one)");
    return 2;
  }
}
