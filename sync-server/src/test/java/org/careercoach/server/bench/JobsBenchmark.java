package org.careercoach.server.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.SyncServerApplication;
import org.careercoach.server.jobs.JobProcessor;
import org.careercoach.server.support.Accounts;
import org.careercoach.server.support.Api;
import org.careercoach.server.support.Uploads;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Parse jobs end to end on the server's embedded defaults (PostgreSQL, Redis): files uploaded over
 * HTTP by 4 clients, then jobs/s from the first upload to the last job done, and the wait from
 * enqueue to start. {@code noop N}: a processor that does nothing, rate limit off; {@code parser
 * DIR N}: the real parser on N uploads of the PDFs in DIR. Run: bench/jobs.sh.
 */
public final class JobsBenchmark {

  public static void main(String[] args) throws Exception {
    boolean noop = args[0].equals("noop");
    int count = Integer.parseInt(args[noop ? 1 : 2]);
    List<byte[]> files = noop ? List.of() : pdfs(Path.of(args[1]));
    Path data = Files.createTempDirectory("coach-bench-jobs");
    SpringApplication app =
        noop
            ? new SpringApplication(SyncServerApplication.class, NoOp.class)
            : new SpringApplication(SyncServerApplication.class);
    // Command-line arguments: they win over application.properties and the environment.
    try (ConfigurableApplicationContext context =
        app.run(
            "--server.port=0",
            "--coach.data-dir=" + data,
            "--coach.jobs.rate-limit=0",
            "--coach.rate-limit.enabled=false",
            "--logging.level.org.careercoach=WARN")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      Api api = new Api(port);
      String token =
          api.register(Accounts.email("bench"), Accounts.PASSWORD, "Ben Ch").accessToken();
      long begin = System.nanoTime();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      List<Future<?>> uploads = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        uploads.add(
            clients.submit(
                () -> {
                  byte[] body = noop ? text(n) : unique(files.get(n % files.size()));
                  String name = noop ? "r" + n + ".txt" : "r" + n + ".pdf";
                  String type = noop ? "text/plain" : "application/pdf";
                  Api.Response r =
                      api.upload("/api/v1/resumes", List.of(Uploads.file(name, type, body)), token);
                  if (r.status() != 201) {
                    throw new IllegalStateException("upload " + n + ": " + r.status());
                  }
                }));
      }
      for (Future<?> upload : uploads) {
        upload.get();
      }
      clients.shutdown();
      double uploadSeconds = (System.nanoTime() - begin) / 1e9;
      while (jdbc.sql("select count(*) from parse_jobs where finished_at is null")
              .query(Long.class)
              .single()
          > 0) {
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      List<Double> waits =
          jdbc.sql(
                  "select extract(epoch from (started_at - created_at)) * 1000 from parse_jobs"
                      + " order by 1")
              .query(Double.class)
              .list();
      long failed =
          jdbc.sql("select count(*) from parse_jobs where status <> 'SUCCEEDED'")
              .query(Long.class)
              .single();
      System.out.printf(
          Locale.ROOT,
          "%s: %d jobs (%d not succeeded) in %.2f s = %.1f jobs/s end to end (uploads done after"
              + " %.2f s); enqueue-to-start p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          noop ? "no-op processor" : "real parser, PDFs",
          count,
          failed,
          seconds,
          count / seconds,
          uploadSeconds,
          percentile(waits, 0.50),
          percentile(waits, 0.99),
          waits.get(waits.size() - 1));
      if (noop) {
        drain(context, api, token, count);
      }
    }
    System.exit(0);
  }

  /**
   * The queue alone: with the workers stopped, {@code count} jobs are uploaded; then the workers
   * start and the time until the last is done gives jobs/s.
   */
  private static void drain(
      ConfigurableApplicationContext context, Api api, String token, int count) throws Exception {
    org.springframework.context.SmartLifecycle workers =
        context.getBean("jobWorkers", org.springframework.context.SmartLifecycle.class);
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    workers.stop();
    for (int i = 0; i < count; i++) {
      api.upload(
          "/api/v1/resumes",
          List.of(Uploads.file("d" + i + ".txt", "text/plain", text(1_000_000 + i))),
          token);
    }
    long begin = System.nanoTime();
    workers.start();
    while (jdbc.sql("select count(*) from parse_jobs where finished_at is null")
            .query(Long.class)
            .single()
        > 0) {
      Thread.sleep(10);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "drain, no-op processor: %d queued jobs done in %.2f s = %.1f jobs/s%n",
        count,
        seconds,
        count / seconds);
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static byte[] text(int n) {
    return ("Ana Silva " + n + "\nana" + n + "@example.com\n" + UUID.randomUUID())
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The same PDF made distinct (a comment after its end), so no upload is a duplicate. */
  private static byte[] unique(byte[] pdf) {
    byte[] tail = ("\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[pdf.length + tail.length];
    System.arraycopy(pdf, 0, out, 0, pdf.length);
    System.arraycopy(tail, 0, out, pdf.length, tail.length);
    return out;
  }

  private static List<byte[]> pdfs(Path folder) throws Exception {
    List<byte[]> pdfs = new ArrayList<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path p : listing.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        pdfs.add(Files.readAllBytes(p));
      }
    }
    return pdfs;
  }

  /** A processor that does nothing, to measure the queue itself. */
  @TestConfiguration(proxyBeanMethods = false)
  static class NoOp {
    @Bean
    @Primary
    JobProcessor noOpProcessor() {
      return upload ->
          new Resume(
              null,
              new Basics("Bench", null, null, null, null, null, null, null, null, Map.of()),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              Map.of());
    }
  }

  private JobsBenchmark() {}
}
