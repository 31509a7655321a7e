package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.SqliteDraftStore;
import org.careercoach.desktop.service.store.StoreFaults;
import org.careercoach.desktop.service.sync.Conflict;
import org.careercoach.desktop.service.sync.SyncStatus;
import org.careercoach.desktop.support.FakeDraftSync;
import org.careercoach.desktop.support.ManualTimeExecutor;
import org.careercoach.desktop.support.TestClock;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open draft changed by another device underneath the editor (the sync engine writes it into
 * the same real SQLite store): a clean editor shows the new text; typing is never overwritten, and
 * the other text is never lost either.
 */
class EditorRemoteChangesTest {

  @TempDir Path dataDir;
  private final TestClock clock = new TestClock();
  private final ManualTimeExecutor executor = new ManualTimeExecutor(clock);
  private final FakeDraftSync sync = new FakeDraftSync();
  private SqliteDraftStore store;
  private EditorViewModel editor;
  private UUID id;

  private static SyncStatus status(long remoteChanges) {
    return new SyncStatus(
        SyncStatus.State.SYNCED, 0, 0, Optional.empty(), "", Optional.empty(), remoteChanges);
  }

  @BeforeEach
  void openADraft() {
    store = StoreFaults.open(dataDir.resolve("drafts.db"), clock, Duration.ofMillis(50));
    Navigator navigator =
        new Navigator() {
          @Override
          public void show(Screen screen) {}

          @Override
          public void back() {}
        };
    PreviewViewModel preview =
        new PreviewViewModel(executor, (r, t) -> List.of(new PageImage(1, 1, new int[] {0})));
    editor = new EditorViewModel(executor, () -> store, navigator, clock, preview);
    editor.followRemoteChanges(sync);
    id = store.create("Staff roles", Drafts.sample()).id();
    editor.open(id);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private FieldModel name() {
    return editor.formProperty().get().basics().person().get("name");
  }

  /** What the engine does when another device's change arrives: the store changes, then news. */
  private void anotherDeviceWrites(String title, String name) {
    Resume theirs = withName(store.find(id).orElseThrow().resume(), name);
    store.save(id, title, theirs);
    sync.publish(status(sync.status().get().remoteChanges() + 1));
  }

  private static Resume withName(Resume resume, String name) {
    Basics b = resume.basics();
    Basics renamed =
        new Basics(
            name,
            b.label(),
            b.image(),
            b.email(),
            b.phone(),
            b.url(),
            b.summary(),
            b.location(),
            b.profiles(),
            b.extensions());
    return resume.withBasics(renamed);
  }

  @Test
  void aCleanEditorShowsTheOtherDevicesTextAndSaysSo() {
    anotherDeviceWrites("Staff roles", "Ada Lovelace");

    assertThat(name().text()).isEqualTo("Ada Lovelace");
    assertThat(editor.remoteNoticeProperty().get())
        .isEqualTo("Updated with changes made on another computer.");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
  }

  @Test
  void aRenameElsewhereChangesTheTitleOnly() {
    FieldModel before = name();
    store.rename(id, "Platform roles");
    sync.publish(status(1));

    assertThat(editor.titleProperty().get()).isEqualTo("Platform roles");
    assertThat(name()).as("the same form").isSameAs(before);
    assertThat(editor.remoteNoticeProperty().get()).isEqualTo("Renamed on another computer.");
  }

  @Test
  void newsAboutOtherDraftsChangesNothing() {
    FieldModel before = name();
    store.create("Another", Drafts.sample());
    sync.publish(status(1));

    assertThat(name()).isSameAs(before);
    assertThat(editor.remoteNoticeProperty().get()).isEmpty();
  }

  @Test
  void typingIsSavedAndTheOtherDevicesTextIsKeptAsItsOwnDraft() {
    name().textProperty().set("Ada King");
    anotherDeviceWrites("Staff roles", "Ada Lovelace");
    assertThat(name().text()).as("typing not yet saved is left alone").isEqualTo("Ada King");

    executor.advance(Duration.ofSeconds(1));

    assertThat(store.find(id).orElseThrow().resume().basics().name()).isEqualTo("Ada King");
    List<DraftSummary> all = store.list(DraftSort.TITLE);
    assertThat(all)
        .extracting(DraftSummary::title)
        .containsExactly("Staff roles", "Staff roles (from another computer)");
    UUID theirs = all.get(1).id();
    assertThat(store.find(theirs).orElseThrow().resume().basics().name()).isEqualTo("Ada Lovelace");
    assertThat(editor.remoteNoticeProperty().get())
        .contains("Your text is kept here")
        .contains("“Staff roles (from another computer)”");
    assertThat(editor.statusProperty().get()).isEqualTo("Saved");
  }

  @Test
  void aRenameElsewhereWhileTypingKeepsTheNewNameAndMakesNoCopy() {
    name().textProperty().set("Ada King");
    store.rename(id, "Platform roles");

    executor.advance(Duration.ofSeconds(1));

    assertThat(store.list(DraftSort.TITLE))
        .extracting(DraftSummary::title)
        .containsExactly("Platform roles");
    assertThat(store.find(id).orElseThrow().resume().basics().name()).isEqualTo("Ada King");
  }

  @Test
  void aDraftDeletedElsewhereIsSaidAndTheTextStaysOnScreen() {
    store.deleteForever(id);
    sync.publish(status(1));

    assertThat(editor.remoteNoticeProperty().get()).startsWith("This draft was deleted on another");
    name().textProperty().set("Ada King");
    executor.advance(Duration.ofSeconds(1));
    assertThat(name().text()).isEqualTo("Ada King");
    assertThat(editor.statusProperty().get())
        .startsWith("Not saved: it was deleted on another computer");
  }

  @Test
  void whenThisComputersTextBecameAConflictedCopyTheNoticeSaysWhereItIs() {
    UUID copy =
        store.create("Staff roles (conflicted copy, laptop, 2 Dec 2026)", Drafts.sample()).id();
    store.save(id, "Staff roles", withName(store.find(id).orElseThrow().resume(), "Ada Lovelace"));
    sync.addConflict(new Conflict(id, copy, "Staff roles", clock.instant()));
    sync.publish(
        new SyncStatus(SyncStatus.State.CONFLICT, 0, 1, Optional.empty(), "", Optional.empty(), 0));

    assertThat(name().text()).isEqualTo("Ada Lovelace");
    assertThat(editor.remoteNoticeProperty().get())
        .isEqualTo(
            "Also changed on another computer: this is that version now. Your text from here is"
                + " in “Staff roles (conflicted copy, laptop, 2 Dec 2026)”, at the top of your"
                + " drafts.");
  }
}
