package org.careercoach.desktop.ui.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.careercoach.desktop.app.Desktop;
import org.careercoach.desktop.app.DesktopConfig;
import org.careercoach.desktop.service.secrets.MemorySecretStore;
import org.careercoach.desktop.service.settings.SettingsService;
import org.careercoach.desktop.service.settings.SettingsStore;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.support.FaultyProxy;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.Screenshots;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync as a person meets it, end to end: the real window (headless, on Monocle) signed in to
 * the real server jar through a proxy the test takes offline, the real sync engine and store, and a
 * second computer played by a {@link HeadlessDevice} (real engine, real store) straight to the
 * server. With {@code -Dcoach.screenshots=DIR} it also writes what the window shows at each step,
 * in the light and the dark theme.
 */
class SyncScreensIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static SyncServer server;

  private final FxRobot robot = new FxRobot();
  private FxTaskExecutor executor;
  private FaultyProxy proxy;
  private Desktop desktop;
  private HeadlessDevice laptop;
  private Path dataDir;
  private String email;

  @BeforeAll
  static void startServer() throws Exception {
    server = SyncServer.shared();
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void signedInThroughAProxy() throws Exception {
    dataDir = Files.createTempDirectory("coach-sync-ui");
    email = SyncServer.uniqueEmail("sync");
    server.register(email, PASSWORD, "Ana Lima");
    proxy = FaultyProxy.to(server.address());
    executor = new FxTaskExecutor(4);
    SettingsService settings = new SettingsService(new SettingsStore(dataDir));
    settings.update(chosen -> chosen.withServerUrl(proxy.address().toString()));
    FxToolkit.setupStage(
        (Stage stage) -> {
          desktop =
              Desktop.assemble(
                  new DesktopConfig("", dataDir),
                  settings,
                  MemorySecretStore::new,
                  executor,
                  Clock.systemUTC());
          stage.setScene(desktop.scene());
          stage.setWidth(1100);
          stage.setHeight(760);
          stage.show();
        });
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
    assertThat(text("#sync-status")).isEqualTo("Drafts stay on this computer");
    assertThat(robot.lookup("#sync-now").queryButton().isDisabled()).isTrue();

    robot.clickOn("#nav-sign-in");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.SIGN_IN);
    robot.clickOn("#signin-email").write(email, 0);
    robot.clickOn("#signin-password").write(PASSWORD, 0).type(KeyCode.ENTER);
    waitUntil(() -> desktop.shell().signedInProperty().get());
    waitUntil(() -> text("#sync-status").equals("Synced"));
    assertThat(robot.lookup("#sync-now").queryButton().isDisabled()).isFalse();
  }

  @AfterEach
  void close() throws Exception {
    FxToolkit.cleanupStages();
    if (laptop != null) {
      laptop.close();
    }
    desktop.sync().close();
    desktop.files().close();
    desktop.profiles().close();
    executor.close();
    proxy.close();
  }

  @Test
  void changesMadeOfflineAreCountedThenSentWhenTheServerIsBack() throws Exception {
    proxy.offline();
    DraftStore store = desktop.profiles().drafts();
    store.create("Backend CV", resume("Ana Lima", "Backend engineer"));
    store.create("Platform CV", resume("Ana Lima", "Platform engineer"));
    robot.interact(() -> desktop.drafts().drafts().reload()); // written past the screens

    waitUntil(() -> text("#sync-status").equals("Offline · 2 changes waiting"));
    assertThat(robot.lookup("#sync-now").queryButton().getAccessibleHelp())
        .contains("2 changes made here wait to be sent");
    screenshot("sync-offline");

    proxy.online();
    robot.type(KeyCode.F5); // Sync now, wherever the focus is

    // Coming back online may start one more pass (the connection line hears the server is back):
    // wait for the state to settle on Synced with its time, not for the first Synced seen.
    waitUntil(
        () ->
            text("#sync-status").equals("Synced")
                && robot
                    .lookup("#sync-status")
                    .queryLabeled()
                    .getAccessibleText()
                    .contains("Last synced at "));
    laptop = HeadlessDevice.signIn(server.address(), email, PASSWORD, tempDir(), "laptop");
    laptop.syncOnce();
    assertThat(live(laptop.drafts())).isEqualTo(live(store));
  }

  @Test
  void aDraftEditedHereOfflineAndOnAnotherComputerIsResolvedAndBothAgree() throws Exception {
    // A draft written here reaches the laptop.
    robot.push(KeyCode.CONTROL, KeyCode.N);
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.EDITOR);
    TextInputControl name = field("name");
    robot.clickOn(name).write("Ana Lima", 0);
    robot.clickOn("#editor-close");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
    waitUntil(() -> text("#sync-status").equals("Synced"));
    UUID id = desktop.drafts().drafts().drafts().get(0).id();
    laptop = HeadlessDevice.signIn(server.address(), email, PASSWORD, tempDir(), "laptop");
    // The name's autosave may still be on its way: the laptop syncs until it has it.
    HeadlessDevice.await(
        WAIT,
        () -> {
          try {
            laptop.syncOnce();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return laptop
              .drafts()
              .find(id)
              .filter(d -> d.resume().basics() != null) // the draft arrives empty before its name
              .map(d -> "Ana Lima".equals(d.resume().basics().name()))
              .orElse(false);
        });

    // Offline here, the person edits it.
    proxy.offline();
    robot.clickOn("#drafts-list").type(KeyCode.HOME).type(KeyCode.ENTER);
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.EDITOR);
    robot.clickOn(field("label")).write("Staff engineer (written at home)", 0);
    robot.clickOn("#editor-close");
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
    waitUntil(() -> text("#sync-status").equals("Offline · 1 change waiting"));

    // Meanwhile the laptop changes the same draft, and the server has it.
    LocalDraft there = laptop.drafts().find(id).orElseThrow();
    laptop
        .drafts()
        .save(id, there.title(), resume("Ana Lima", "Principal engineer (written on the laptop)"));
    laptop.syncOnce();

    // Back online: the conflict is at the top of the list, badged.
    proxy.online();
    robot.type(KeyCode.F5);
    waitUntil(() -> text("#sync-status").equals("1 conflict"));
    waitUntil(() -> desktop.drafts().drafts().marks().size() == 2);
    List<DraftSummary> top = desktop.drafts().drafts().drafts();
    assertThat(desktop.drafts().drafts().marks().get(top.get(0).id())).isNotNull();
    assertThat(desktop.drafts().drafts().marks().get(top.get(1).id())).isNotNull();
    assertThat(
            robot.lookup(".conflict-badge").queryAllAs(Labeled.class).stream()
                .filter(Node::isVisible)
                .map(Labeled::getText)
                .toList())
        .containsExactlyInAnyOrder("Conflict", "Conflicted copy");
    UUID copy = desktop.drafts().drafts().marks().get(id).conflict().copy();
    assertThat(title(copy)).contains("conflicted copy");
    screenshot("sync-conflict-list");

    // The person compares the two and keeps the copy written here.
    ListView<DraftSummary> list = robot.lookup("#drafts-list").queryListView();
    robot.clickOn(list);
    robot.interact(() -> list.getSelectionModel().select(indexOf(list, copy)));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.CONFLICT);
    waitUntil(() -> desktop.drafts().conflicts().readyProperty().get());
    assertThat(
            robot.lookup("#conflict-comparison").queryListView().getItems().stream()
                .map(Object::toString)
                .toList())
        .anySatisfy(row -> assertThat(row).contains("written at home").contains("laptop"));
    robot.interact(() -> AccessibleTextAudit.check(desktop.scene().getRoot()));
    screenshot("sync-conflict-compare");
    robot.clickOn("#conflict-keep-copy");

    waitUntil(() -> desktop.shell().screenProperty().get() == Screen.DRAFTS);
    assertThat(text("#drafts-message")).contains("Kept your copy");
    waitUntil(() -> desktop.drafts().drafts().marks().isEmpty());
    robot.type(KeyCode.F5);
    waitUntil(() -> text("#sync-status").equals("Synced"));

    // Both computers now hold the same drafts, with the text written here.
    laptop.syncOnce();
    DraftStore here = desktop.profiles().drafts();
    Map<String, String> mine = live(here);
    assertThat(mine).containsOnlyKeys("Untitled resume");
    assertThat(mine.values().iterator().next()).contains("written at home");
    assertThat(live(laptop.drafts())).isEqualTo(mine);
    screenshot("sync-resolved");
  }

  /** Each live draft: title → resume as JSON. */
  private static Map<String, String> live(DraftStore store) {
    Map<String, String> all = new TreeMap<>();
    for (DraftSummary draft : store.list(DraftSort.TITLE)) {
      Resume resume = store.find(draft.id()).orElseThrow().resume();
      all.put(draft.title(), CoachJson.mapper().writeValueAsString(resume));
    }
    return all;
  }

  private String title(UUID id) {
    return desktop.profiles().drafts().find(id).orElseThrow().title();
  }

  private static int indexOf(ListView<DraftSummary> list, UUID id) {
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id + " is not in the list");
  }

  /** The editor's field for a Basics property ("name", "label"). */
  private TextInputControl field(String property) throws Exception {
    String id = "#basics-" + property;
    waitUntil(() -> robot.lookup(id).tryQuery().isPresent());
    return robot.lookup(id).queryTextInputControl();
  }

  private static Resume resume(String name, String label) {
    return Resume.of(new Basics(name, label, null, null, null, null, null, null, null, null));
  }

  private Path tempDir() throws Exception {
    return Files.createTempDirectory("coach-sync-laptop");
  }

  private String text(String id) {
    return ((Labeled) robot.lookup(id).query()).getText();
  }

  /** With -Dcoach.screenshots=DIR: the window as it is now, light and dark. */
  private void screenshot(String name) throws Exception {
    Screenshots.take(robot, desktop.scene(), name);
  }

  /** Waits for {@code condition}; on timeout says where the window and the sync stood. */
  private void waitUntil(Supplier<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition::get);
    } catch (java.util.concurrent.TimeoutException e) {
      String where =
          desktop == null
              ? "no window"
              : "screen "
                  + desktop.shell().screenProperty().get()
                  + "; engine "
                  + desktop.sync().status().get()
                  + "; status bar “"
                  + robot.lookup("#sync-status").queryLabeled().getText()
                  + "”; connection “"
                  + robot.lookup("#connection-status").queryLabeled().getText()
                  + "”";
      screenshot("timeout");
      throw new AssertionError("Not true within " + WAIT + ": " + where, e);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
