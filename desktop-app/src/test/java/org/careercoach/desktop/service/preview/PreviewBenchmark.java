package org.careercoach.desktop.service.preview;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.careercoach.formats.Template;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;

/**
 * The live preview's cost: the first render in a fresh JVM (what {@link PdfPreview#warmUp} takes
 * off the first keystroke), then warm renders of a two-page resume whose summary changes each time
 * as if typed, each through the real export and rasterisation, as median, p90 and p99 of wall and
 * CPU time. The editor adds its 250 ms wait for more typing before a render. Not a test: run by
 * {@code bench/desktop-preview.sh} (arguments: a JSON Resume file, warm-up renders, timed renders).
 */
public final class PreviewBenchmark {

  private PreviewBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../shared/jsonresume/sample.resume.json");
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Resume resume = CoachJson.mapper().readValue(Files.readString(file), Resume.class);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    PdfPreview preview = new PdfPreview();

    long first = System.nanoTime();
    int pages = preview.render(resume, Template.CLASSIC).size();
    System.out.printf(
        "first render in this JVM (cold): %d ms, %d pages%n",
        (System.nanoTime() - first) / 1_000_000, pages);

    for (Template template : Template.values()) {
      for (int i = 0; i < warmUp; i++) {
        preview.render(typed(resume, i), template);
      }
      double[] wall = new double[runs];
      double[] cpuTime = new double[runs];
      for (int i = 0; i < runs; i++) {
        Resume edited = typed(resume, warmUp + i);
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        preview.render(edited, template);
        wall[i] = (System.nanoTime() - start) / 1e6;
        cpuTime[i] = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      }
      Arrays.sort(wall);
      Arrays.sort(cpuTime);
      System.out.printf(
          "%-8s warm render (export + rasterise at %.0f dpi): wall p50 %.0f ms, p90 %.0f ms,"
              + " p99 %.0f ms; CPU p50 %.0f ms, p99 %.0f ms (%d runs)%n",
          template,
          PdfPreview.DPI,
          at(wall, 0.5),
          at(wall, 0.9),
          at(wall, 0.99),
          at(cpuTime, 0.5),
          at(cpuTime, 0.99),
          runs);
    }
  }

  /** The resume as it stands after the {@code n}th keystroke in its summary. */
  private static Resume typed(Resume resume, int n) {
    Basics b = resume.basics();
    String summary = (b.summary() == null ? "" : b.summary()) + " typed".repeat(1 + n % 7);
    Basics edited =
        new Basics(
            b.name(),
            b.label(),
            b.image(),
            b.email(),
            b.phone(),
            b.url(),
            summary,
            b.location(),
            b.profiles(),
            b.extensions());
    return resume.withBasics(edited);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }
}
