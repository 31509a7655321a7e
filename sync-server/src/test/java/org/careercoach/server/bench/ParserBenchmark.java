package org.careercoach.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.careercoach.server.parsing.ResumeParser;

/**
 * Documents parsed per second on one thread (one core), per format, over the development resumes: a
 * warm-up, then a timed run. Run: bench/parser.sh [seconds].
 */
public final class ParserBenchmark {

  public static void main(String[] args) throws Exception {
    Path docs = Path.of(args[0]);
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 10;
    ResumeParser parser = new ResumeParser();
    System.out.printf(
        Locale.ROOT,
        "%s, 1 thread, %d s per format after a warm-up%n",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        seconds);
    for (String format : List.of("pdf", "docx", "txt")) {
      List<byte[]> files = new ArrayList<>();
      try (Stream<Path> listing = Files.list(docs)) {
        for (Path p : listing.filter(f -> f.toString().endsWith("." + format)).sorted().toList()) {
          files.add(Files.readAllBytes(p));
        }
      }
      run(parser, files, format, Math.max(2, seconds / 2));
      long count = run(parser, files, format, seconds);
      System.out.printf(
          Locale.ROOT,
          "%-5s %7.1f documents/s (%d files of the dev set, round robin)%n",
          format,
          count / (double) seconds,
          files.size());
    }
  }

  private static long run(ResumeParser parser, List<byte[]> files, String format, long seconds) {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long count = 0;
    while (System.nanoTime() < end) {
      parser.parse(files.get((int) (count % files.size())), "bench." + format);
      count++;
    }
    return count;
  }
}
