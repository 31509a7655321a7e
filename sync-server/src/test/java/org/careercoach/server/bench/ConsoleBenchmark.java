package org.careercoach.server.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.careercoach.server.SyncServerApplication;
import org.careercoach.server.support.ConsoleClient;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin console's pages with 10,000 users and 100,000 jobs in the database (the embedded
 * PostgreSQL, seeded in SQL): server-side render time of each page, p50 and p99 over N requests
 * after a warm-up, and the query plans of the pages' queries (for ADR 0022). The queue is paused,
 * so the seeded jobs stay as seeded. Run: bench/console.sh [N] [--plans] [--screenshots DIR] (the
 * README's pictures of the console, light and dark, 1280×800, in a real headless Chromium).
 */
public final class ConsoleBenchmark {

  private static final String ADMIN = "bench-admin@bench.example";
  private static final String PASSWORD = "bench admin passphrase 42";

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path data = Files.createTempDirectory("coach-bench-console");
    try (ConfigurableApplicationContext context =
        new SpringApplication(SyncServerApplication.class)
            .run(
                "--server.port=0",
                "--coach.data-dir=" + data,
                // Workers run (the dashboard shows them) but take nothing: the queue is paused.
                "--coach.jobs.workers=true",
                "--coach.rate-limit.enabled=false",
                "--coach.admin.email=" + ADMIN,
                "--coach.admin.password=" + PASSWORD,
                "--logging.level.org.careercoach=WARN")) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      jdbc.sql("update job_queue_state set paused = true, changed_by = 'benchmark'").update();
      long seed = System.nanoTime();
      seed(jdbc);
      System.out.printf(
          Locale.ROOT,
          "seeded 10,000 users and 100,000 jobs in %.1f s%n",
          (System.nanoTime() - seed) / 1e9);

      ConsoleClient console = new ConsoleClient(port);
      if (console.signIn(ADMIN, PASSWORD).status() != 302) {
        throw new IllegalStateException("the benchmark's admin cannot sign in");
      }
      String someone = "user4242@bench.example";
      List<String> pages =
          List.of(
              "/admin",
              "/admin/jobs",
              "/admin/jobs?status=DEAD",
              "/admin/jobs?user=" + someone,
              "/admin/jobs?file=cv-777",
              "/admin/jobs?from=2026-01-01&to=2099-01-01&status=FAILED",
              "/admin/jobs?page=100",
              "/admin/users",
              "/admin/users?q=user42",
              "/admin/mail",
              "/admin/audit");
      for (String page : pages) {
        for (int i = 0; i < 30; i++) {
          fetch(console, page);
        }
      }
      System.out.printf(
          "%-58s %8s %8s %8s%n",
          "page (" + requests + " requests each)", "p50 ms", "p99 ms", "max ms");
      for (String page : pages) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
          long begin = System.nanoTime();
          fetch(console, page);
          millis.add((System.nanoTime() - begin) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf(
            Locale.ROOT,
            "%-58s %8.1f %8.1f %8.1f%n",
            page,
            millis.get(millis.size() / 2),
            millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
            millis.get(millis.size() - 1));
      }
      List<String> options = List.of(args);
      if (options.contains("--plans")) {
        plans(jdbc, someone);
      }
      int shots = options.indexOf("--screenshots");
      if (shots >= 0) {
        screenshots(port, Path.of(options.get(shots + 1)));
      }
    }
  }

  private static void screenshots(int port, Path folder) throws java.io.IOException {
    Files.createDirectories(folder);
    org.openqa.selenium.chrome.ChromeDriver browser =
        org.careercoach.server.support.Chromium.start();
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 800));
      String base = "http://localhost:" + port;
      browser.get(base + "/admin/sign-in");
      browser.findElement(org.openqa.selenium.By.id("email")).sendKeys(ADMIN);
      browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(PASSWORD);
      browser.findElement(org.openqa.selenium.By.id("submit")).click();
      for (String[] shot :
          new String[][] {{"dashboard", "/admin"}, {"jobs", "/admin/jobs?status=DEAD"}}) {
        browser.get(base + shot[1]);
        for (String scheme : List.of("light", "dark")) {
          browser.executeCdpCommand(
              "Emulation.setEmulatedMedia",
              java.util.Map.of(
                  "features",
                  List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
          Files.write(
              folder.resolve("console-" + shot[0] + "-" + scheme + ".png"),
              browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
      }
      System.out.println("screenshots written to " + folder);
    } finally {
      browser.quit();
    }
  }

  private static void fetch(ConsoleClient console, String page) {
    ConsoleClient.Page answer = console.get(page);
    if (answer.status() != 200) {
      throw new IllegalStateException(page + " answered " + answer.status());
    }
  }

  private static void seed(JdbcClient jdbc) {
    jdbc.sql(
            """
            insert into users (id, email, name, password_hash, roles, email_verified, disabled,
                               created_at, updated_at)
            select gen_random_uuid(), 'user' || g || '@bench.example', 'Bench User ' || g, 'x',
                   array['USER'], true, g % 97 = 0, now() - make_interval(mins => g), now()
              from generate_series(1, 10000) g
            """)
        .update();
    jdbc.sql(
            """
            insert into resumes (id, owner_id, filename, content_type, size, sha256, storage_key,
                                 status, created_at, updated_at)
            select gen_random_uuid(), u.id, 'cv-' || g || '.pdf', 'application/pdf', 50000,
                   md5(g::text), 'bench/' || g, 'PARSED',
                   now() - make_interval(mins => g % 2880), now()
              from generate_series(1, 100000) g
              join (select id, row_number() over (order by id) as n from users
                     where email like 'user%@bench.example') u on u.n = g % 10000 + 1
            """)
        .update();
    jdbc.sql(
            """
            insert into parse_jobs (id, resume_id, status, attempts, max_attempts, last_error,
                                    created_at, updated_at, next_attempt_at, started_at,
                                    finished_at)
            select gen_random_uuid(), r.id, s.status,
                   case when s.status in ('DEAD', 'FAILED') then 3 else 1 end, 3,
                   case when s.status in ('DEAD', 'FAILED') then 'bench failure' end,
                   r.created_at, r.created_at + interval '5 seconds', r.created_at,
                   r.created_at + interval '1 second',
                   case when s.status = 'QUEUED' then null
                        else r.created_at + interval '5 seconds' end
              from (select id, created_at, row_number() over (order by id) as n from resumes
                     where storage_key like 'bench/%') r
              cross join lateral (select case when r.n % 50 = 0 then 'DEAD'
                                              when r.n % 20 = 0 then 'FAILED'
                                              when r.n % 100 = 1 then 'QUEUED'
                                              else 'SUCCEEDED' end as status) s
            """)
        .update();
    jdbc.sql(
            """
            insert into parse_job_attempts (job_id, attempt, worker, started_at, finished_at,
                                            outcome, error)
            select id, 1, 'bench-w1', started_at, finished_at, status, last_error
              from parse_jobs where started_at is not null
            """)
        .update();
    jdbc.sql("analyze").update();
  }

  /** EXPLAIN (ANALYZE) of the console's heaviest queries, as the pages run them. */
  private static void plans(JdbcClient jdbc, String someone) {
    String owner =
        jdbc.sql("select id::text from users where email = :e")
            .param("e", someone)
            .query(String.class)
            .single();
    String from = " from parse_jobs j join resumes r on r.id = j.resume_id";
    List<String> queries =
        List.of(
            "select j.id" + from + " order by j.updated_at desc, j.id limit 50 offset 0",
            "select j.id"
                + from
                + " where j.status = 'DEAD' order by j.updated_at desc, j.id limit 50",
            "select count(*)" + from + " where j.status = 'DEAD'",
            "select j.id"
                + from
                + " where r.owner_id = '"
                + owner
                + "' order by j.updated_at desc, j.id limit 50",
            "select j.id"
                + from
                + " where lower(r.filename) like 'cv-777%' order by j.updated_at desc, j.id limit 50",
            "select count(*) from parse_jobs j",
            "select status, count(*) from parse_jobs group by status",
            "select min(created_at) from parse_jobs where status in ('QUEUED', 'RETRY_SCHEDULED')",
            "select date_trunc('hour', finished_at), count(*) from parse_jobs"
                + " where finished_at >= now() - interval '24 hours' group by 1",
            "select id from users where email like 'user42%' or lower(name) like 'user42%'"
                + " order by created_at desc, id limit 50",
            "select id from users order by created_at desc, id limit 50 offset 5000");
    for (String query : queries) {
      System.out.println("\n-- " + query);
      jdbc.sql("explain (analyze, costs off, timing on, summary on) " + query)
          .query(String.class)
          .list()
          .forEach(line -> System.out.println("   " + line));
    }
  }
}
