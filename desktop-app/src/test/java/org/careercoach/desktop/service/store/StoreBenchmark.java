package org.careercoach.desktop.service.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;

/**
 * The store's figures with 1,000 drafts of realistic size, made from the development set's resumes:
 * list load, search and autosave, each as median and p99. Not a test: run by {@code
 * bench/desktop-store.sh} (arguments: the folder of JSON resumes, the number of drafts).
 */
public final class StoreBenchmark {

  private StoreBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path sources = Path.of(args.length > 0 ? args[0] : "../shared/eval/dev/truth");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    List<Resume> resumes = new ArrayList<>();
    try (Stream<Path> files = Files.list(sources)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        resumes.add(CoachJson.mapper().readValue(Files.readString(f), Resume.class));
      }
    }
    Path dir = Files.createTempDirectory("store-bench");
    Path file = dir.resolve("drafts.db");
    Random random = new Random(42);
    List<UUID> ids = new ArrayList<>();
    long fill = System.nanoTime();
    try (SqliteDraftStore store = SqliteDraftStore.open(file, Clock.systemUTC())) {
      for (int i = 0; i < count; i++) {
        Resume base = resumes.get(i % resumes.size());
        ids.add(
            store
                .create("Draft " + i + " for company " + random.nextInt(300), renamed(base, i))
                .id());
      }
    }
    System.out.printf(
        "drafts=%d from %d resumes, file=%d kB, filled in %d ms%n",
        count, resumes.size(), Files.size(file) / 1024, (System.nanoTime() - fill) / 1_000_000);

    long open = System.nanoTime();
    ProfileOpener.Opened opened =
        new ProfileOpener(Clock.systemUTC(), StoreOptions.DEFAULT).open(dir);
    System.out.printf(
        "open with quick_check, first backup and purge: %d ms%n",
        (System.nanoTime() - open) / 1_000_000);
    try (SqliteDraftStore store = opened.store()) {
      report("list load (by last change)", 60, () -> store.list(DraftSort.LAST_CHANGED));
      report("list load (by title)", 60, () -> store.list(DraftSort.TITLE));
      String[] words = {"engineer", "python", "kubernetes design", "manag", "university", "zzzz"};
      int[] at = {0};
      report(
          "search (1-2 words, prefix)",
          120,
          () -> store.search(words[at[0]++ % words.length], DraftSort.TITLE));
      int[] n = {0};
      java.util.function.Supplier<LocalDraft> autosave =
          () -> {
            UUID id = ids.get(random.nextInt(ids.size()));
            LocalDraft d = store.find(id).orElseThrow();
            Basics b = d.resume().basics();
            String summary = (b.summary() == null ? "" : b.summary()) + " typed " + n[0]++;
            return store.save(id, d.title(), withSummary(d.resume(), b, summary));
          };
      report("autosave, synchronous=FULL (as shipped)", 500, autosave);
      // For the ADR: what the fsync of each commit costs, measured the same way.
      store.pragma("PRAGMA synchronous = NORMAL");
      report("autosave, synchronous=NORMAL (compared)", 500, autosave);
      store.pragma("PRAGMA synchronous = FULL");
      long backup = System.nanoTime();
      new Backups(dir, Clock.systemUTC()).make(store);
      System.out.printf("backup: %d ms%n", (System.nanoTime() - backup) / 1_000_000);
    }
  }

  private static Resume renamed(Resume base, int i) {
    Basics b = base.basics();
    return withSummary(base, b, (b == null || b.summary() == null ? "" : b.summary()) + " #" + i);
  }

  private static Resume withSummary(Resume r, Basics b, String summary) {
    Basics basics =
        b == null
            ? new Basics(null, null, null, null, null, null, summary, null, null, null)
            : new Basics(
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
    return new Resume(
        r.schema(),
        basics,
        r.work(),
        r.volunteer(),
        r.education(),
        r.awards(),
        r.certificates(),
        r.publications(),
        r.skills(),
        r.languages(),
        r.interests(),
        r.references(),
        r.projects(),
        r.meta(),
        r.extensions());
  }

  private static void report(String what, int runs, java.util.function.Supplier<?> work) {
    for (int i = 0; i < 30; i++) {
      work.get(); // warm-up: the JIT, SQLite's page cache
    }
    long[] micros = new long[runs];
    long[] cpu = new long[runs];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long startCpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      work.get();
      micros[i] = (System.nanoTime() - start) / 1000;
      cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1000;
    }
    Arrays.sort(micros);
    Arrays.sort(cpu);
    // Wall time is what a person waits; CPU time (this thread's) shows the work itself when the
    // machine is shared and the wall time is mostly waiting for a core or the disk.
    System.out.printf(
        "%-42s wall median %6.2f ms  p99 %6.2f ms | cpu median %6.2f ms  p99 %6.2f ms  (%d runs)%n",
        what,
        micros[runs / 2] / 1000.0,
        micros[(int) Math.ceil(runs * 0.99) - 1] / 1000.0,
        cpu[runs / 2] / 1000.0,
        cpu[(int) Math.ceil(runs * 0.99) - 1] / 1000.0,
        runs);
  }
}
