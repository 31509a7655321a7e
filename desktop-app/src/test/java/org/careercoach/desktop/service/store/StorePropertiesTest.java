package org.careercoach.desktop.service.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.PendingChange.Change;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.model.resume.Resume;

/**
 * Random edit sequences against a real file, checked against a plain model of what was written:
 * what is read back (before and after reopening) equals it, and the outbox holds exactly one row
 * per change, in order.
 */
class StorePropertiesTest {

  /** One edit; {@code pick} chooses among the drafts there are (modulo their number). */
  record Edit(Kind kind, int pick, String title, String name, String summary) {
    enum Kind {
      CREATE,
      SAVE,
      RENAME,
      TRASH,
      RESTORE,
      DUPLICATE,
      DELETE
    }
  }

  /** What the model expects of a draft. */
  record Expected(String title, Resume resume, long revision, boolean trashed) {}

  record Sent(UUID id, Change change, long revision) {}

  private Path dir;

  @BeforeProperty
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("store-properties");
  }

  @AfterProperty
  void removeFolder() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Property(tries = 25)
  void whatIsReadBackIsWhatWasWrittenAndTheOutboxHasOneRowPerChange(
      @ForAll("edits") List<Edit> edits) throws IOException {
    Path file = dir.resolve(UUID.randomUUID() + ".db");
    TestClock clock = new TestClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
    Map<UUID, Expected> model = new LinkedHashMap<>();
    List<Sent> outbox = new ArrayList<>();
    // The logic under test does not depend on fsync (CrashTest covers durability as shipped).
    StoreOptions options = StoreOptions.DEFAULT.withoutSyncEachCommit();
    try (SqliteDraftStore store = SqliteDraftStore.open(file, clock, options)) {
      for (Edit edit : edits) {
        clock.advance(Duration.ofSeconds(37));
        apply(store, edit, model, outbox);
      }
      check(store, model, outbox);
    }
    try (SqliteDraftStore reopened = SqliteDraftStore.open(file, clock, options)) {
      check(reopened, model, outbox);
    }
    for (Path written : SqliteFiles.withJournals(file)) {
      Files.deleteIfExists(written);
    }
  }

  private static void apply(
      SqliteDraftStore store, Edit edit, Map<UUID, Expected> model, List<Sent> outbox) {
    Resume resume = Resumes.sample(edit.name(), edit.summary());
    if (edit.kind() == Edit.Kind.CREATE) {
      LocalDraft made = store.create(edit.title(), resume);
      model.put(made.id(), new Expected(edit.title(), resume, 1, false));
      outbox.add(new Sent(made.id(), Change.CREATE, 1));
      return;
    }
    if (model.isEmpty()) {
      return;
    }
    UUID id = new ArrayList<>(model.keySet()).get(Math.floorMod(edit.pick(), model.size()));
    Expected was = model.get(id);
    Expected now =
        switch (edit.kind()) {
          case SAVE -> {
            store.save(id, edit.title(), resume);
            boolean same =
                was.title().equals(edit.title())
                    && ResumeJson.write(was.resume()).equals(ResumeJson.write(resume));
            yield same
                ? was
                : new Expected(edit.title(), resume, was.revision() + 1, was.trashed());
          }
          case RENAME -> {
            store.rename(id, edit.title());
            yield was.title().equals(edit.title())
                ? was
                : new Expected(edit.title(), was.resume(), was.revision() + 1, was.trashed());
          }
          case TRASH -> {
            store.moveToTrash(id);
            yield was.trashed()
                ? was
                : new Expected(was.title(), was.resume(), was.revision() + 1, true);
          }
          case RESTORE -> {
            store.restoreFromTrash(id);
            yield !was.trashed()
                ? was
                : new Expected(was.title(), was.resume(), was.revision() + 1, false);
          }
          case DUPLICATE -> {
            LocalDraft copy = store.duplicate(id, edit.title());
            model.put(copy.id(), new Expected(edit.title(), was.resume(), 1, false));
            outbox.add(new Sent(copy.id(), Change.CREATE, 1));
            yield was;
          }
          case DELETE -> {
            store.deleteForever(id);
            model.remove(id);
            outbox.add(new Sent(id, Change.DELETE, was.revision() + 1));
            yield null;
          }
          case CREATE -> throw new AssertionError("handled above");
        };
    if (now != null && now != was) {
      model.put(id, now);
      Change change =
          switch (edit.kind()) {
            case SAVE -> Change.UPDATE;
            case RENAME -> Change.RENAME;
            case TRASH -> Change.TRASH;
            case RESTORE -> Change.RESTORE;
            default -> throw new AssertionError(edit.kind());
          };
      outbox.add(new Sent(id, change, now.revision()));
    }
  }

  private static void check(SqliteDraftStore store, Map<UUID, Expected> model, List<Sent> outbox) {
    for (Map.Entry<UUID, Expected> entry : model.entrySet()) {
      LocalDraft read = store.find(entry.getKey()).orElseThrow();
      Expected expected = entry.getValue();
      assertThat(read.title()).isEqualTo(expected.title());
      assertThat(read.resume()).isEqualTo(expected.resume());
      assertThat(read.revision()).isEqualTo(expected.revision());
      assertThat(read.trashed()).isEqualTo(expected.trashed());
    }
    assertThat(store.list(DraftSort.TITLE))
        .extracting(DraftSummary::id)
        .containsExactlyInAnyOrderElementsOf(
            model.entrySet().stream()
                .filter(e -> !e.getValue().trashed())
                .map(Map.Entry::getKey)
                .toList());
    assertThat(store.trash())
        .extracting(DraftSummary::id)
        .containsExactlyInAnyOrderElementsOf(
            model.entrySet().stream()
                .filter(e -> e.getValue().trashed())
                .map(Map.Entry::getKey)
                .toList());
    assertThat(store.pendingChanges())
        .extracting(c -> new Sent(c.draftId(), c.change(), c.revision()))
        .containsExactlyElementsOf(outbox);
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', 'Ω', '中', '\u200b', '\n', '"', '\\')
            .ofMaxLength(24);
    Arbitrary<String> title = text.filter(t -> !t.isBlank());
    // Few distinct values, so saves that change nothing and renames to the same name happen too.
    Arbitrary<String> name = Arbitraries.of("Ada", "Grace", "Ada");
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.of(Edit.Kind.class),
                Arbitraries.integers().between(0, 1000),
                Arbitraries.oneOf(title, Arbitraries.of("Same title")),
                name,
                Arbitraries.oneOf(text, Arbitraries.of("same summary")))
            .as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(30);
  }
}
