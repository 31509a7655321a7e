package org.careercoach.desktop.service.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * What a review costs the editor, which runs one on the UI thread after each edit while the review
 * is shown: the first review in a fresh JVM (loading the misspellings list), then warm reviews of
 * every resume in a folder, as median, p99 and max per review. Not a test: run by {@code
 * bench/desktop-review.sh} (arguments: a folder of JSON Resume files, rounds).
 */
public final class ReviewBenchmark {

  private ReviewBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev/truth");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    List<Resume> resumes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        resumes.add(CoachJson.mapper().readValue(file.toFile(), Resume.class));
      }
    }
    ResumeReview review = new ResumeReview(Clock.systemUTC());
    long first = System.nanoTime();
    int points = review.review(resumes.get(0)).findings().size();
    System.out.printf(
        "first review in this JVM (cold): %.1f ms, %d points%n",
        (System.nanoTime() - first) / 1e6, points);
    List<Long> times = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (Resume resume : resumes) {
        long start = System.nanoTime();
        points += review.review(resume).findings().size();
        if (round >= rounds / 5) {
          times.add(System.nanoTime() - start);
        }
      }
    }
    List<Long> sorted = times.stream().sorted().toList();
    System.out.printf(
        "warm, %d resumes × %d rounds: median %.0f µs, p99 %.0f µs, max %.0f µs (%d points)%n",
        resumes.size(),
        rounds - rounds / 5,
        sorted.get(sorted.size() / 2) / 1e3,
        sorted.get((int) (sorted.size() * 0.99)) / 1e3,
        sorted.get(sorted.size() - 1) / 1e3,
        points);
  }
}
