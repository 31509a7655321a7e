package org.careercoach.desktop.service.jobmatch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * What a job match costs: the first match in a fresh JVM (reading the skill list, loading the
 * embedding model) and the heap it leaves in use, then warm matches of the test's Java job against
 * the Java resume, as median and p99. Not a test: run by {@code bench/desktop-job-match.sh}
 * (argument: warm rounds).
 */
public final class JobMatchBenchmark {

  private JobMatchBenchmark() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Resume resume = CoachJson.mapper().readValue(read("java-resume.json"), Resume.class);
    String jobText = new String(read("java-job.txt"), StandardCharsets.UTF_8);
    long heapBefore = usedHeap();
    long rssBefore = residentKb();

    long start = System.nanoTime();
    JobMatcher matcher = new JobMatcher(SkillVocabulary.shipped(), new EmbeddingSimilarity());
    JobPosting job = JobPostings.fromText(jobText, SkillVocabulary.shipped());
    double similarity = matcher.match(resume, job).similarity();
    System.out.printf(
        "first match in this JVM (skill list + model load): %d ms (similarity %.3f);"
            + " heap +%d MB, resident +%d MB%n",
        (System.nanoTime() - start) / 1_000_000,
        similarity,
        (usedHeap() - heapBefore) >> 20,
        (residentKb() - rssBefore) >> 10);

    List<Long> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      JobPosting again = JobPostings.fromText(jobText + "\n" + i, SkillVocabulary.shipped());
      matcher.match(resume, again);
      times.add(System.nanoTime() - t);
    }
    List<Long> sorted = times.stream().sorted().toList();
    System.out.printf(
        "warm, %d matches: median %d ms, p99 %d ms%n",
        rounds, sorted.get(rounds / 2) / 1_000_000, sorted.get((int) (rounds * 0.99)) / 1_000_000);
  }

  private static long usedHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The process's resident memory in KB, from Linux's /proc (0 elsewhere). */
  private static long residentKb() throws IOException {
    java.nio.file.Path status = java.nio.file.Path.of("/proc/self/status");
    if (!java.nio.file.Files.exists(status)) {
      return 0;
    }
    return java.nio.file.Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
        .findFirst()
        .orElse(0);
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = JobMatchBenchmark.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
