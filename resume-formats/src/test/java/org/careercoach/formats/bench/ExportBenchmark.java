package org.careercoach.formats.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.careercoach.formats.Fixtures;
import org.careercoach.formats.Template;
import org.careercoach.formats.docx.ResumeDocx;
import org.careercoach.formats.pdf.ResumePdf;
import org.careercoach.model.resume.Resume;

/**
 * Export time of a two-page resume once warm, the figure the live preview depends on (budget: PDF
 * under 500 ms at p99). Not a test: run it with {@code bench/export.sh [warm-up] [runs]}.
 */
public final class ExportBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ExportBenchmark() {}

  /** Something a timed call writes into, so the work cannot be optimised away. */
  private interface Export {
    void write(Resume resume, Template template, ByteArrayOutputStream out) throws IOException;
  }

  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Resume resume = Fixtures.twoPages();
    ByteArrayOutputStream sample = new ByteArrayOutputStream();
    ResumePdf.write(resume, Template.CLASSIC, sample);
    try (var doc = Loader.loadPDF(sample.toByteArray())) {
      System.out.printf(
          Locale.ROOT,
          "resume: %d pages in CLASSIC, PDF %d KB; warm-up %d, runs %d, %d cores%n",
          doc.getNumberOfPages(),
          sample.size() / 1024,
          warmUp,
          runs,
          Runtime.getRuntime().availableProcessors());
    }
    for (Template template : Template.values()) {
      measure("pdf  " + template, resume, template, ResumePdf::write, warmUp, runs);
      measure("docx " + template, resume, template, ResumeDocx::write, warmUp, runs);
    }
  }

  private static void measure(
      String name, Resume resume, Template template, Export export, int warmUp, int runs)
      throws IOException {
    for (int i = 0; i < warmUp; i++) {
      export.write(resume, template, new ByteArrayOutputStream());
    }
    long[] nanos = new long[runs];
    long[] cpu = new long[runs];
    long bytes = 0;
    for (int i = 0; i < runs; i++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long startCpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      export.write(resume, template, out);
      nanos[i] = System.nanoTime() - start;
      cpu[i] = THREADS.getCurrentThreadCpuTime() - startCpu;
      bytes += out.size();
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    // Wall time is what a user waits; CPU time shows the cost when the machine is busy elsewhere.
    System.out.printf(
        Locale.ROOT,
        "%-13s wall p50=%6.1f p90=%6.1f p99=%6.1f max=%6.1f ms | cpu p50=%6.1f p99=%6.1f ms"
            + " (%d KB)%n",
        name,
        ms(nanos, 0.50),
        ms(nanos, 0.90),
        ms(nanos, 0.99),
        nanos[runs - 1] / 1e6,
        ms(cpu, 0.50),
        ms(cpu, 0.99),
        bytes / runs / 1024);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
