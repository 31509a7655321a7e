package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.SqliteDraftStore;
import org.careercoach.desktop.service.store.StoreFaults;
import org.careercoach.desktop.service.store.VersionInfo;
import org.careercoach.desktop.support.AccessibleTextAudit;
import org.careercoach.desktop.support.CallEnds;
import org.careercoach.desktop.support.CoachingOn;
import org.careercoach.desktop.support.ScrollInto;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor screen in a real JavaFX scene (headless, on Monocle), driven by the keyboard and
 * mouse, saving through the app's real executor into a real SQLite store, one for the class (each
 * test opens a draft of its own in it).
 */
class EditorScreenIT {

  @TempDir static Path dataDir;
  private static SqliteDraftStore store;

  private final FxRobot robot = new FxRobot();
  private final List<String> navigation = new ArrayList<>();
  private FxTaskExecutor executor;
  private EditorViewModel editor;
  private UUID id;

  @BeforeAll
  static void toolkitAndStore() throws Exception {
    FxToolkit.registerPrimaryStage();
    // Gives up on a file another program holds after 100 ms, not the app's 3 s.
    store =
        StoreFaults.open(dataDir.resolve("drafts.db"), Clock.systemUTC(), Duration.ofMillis(100));
  }

  @AfterAll
  static void closeTheStore() {
    store.close();
  }

  @BeforeEach
  void openTheEditorOnARealStore() throws Exception {
    executor = new FxTaskExecutor(2);
    id = store.create("Staff roles", Drafts.sample()).id();
    Navigator navigator =
        new Navigator() {
          @Override
          public void show(Screen screen) {
            navigation.add(screen.name());
          }

          @Override
          public void back() {
            navigation.add("back");
          }
        };
    PreviewViewModel preview =
        new PreviewViewModel(
            executor, (resume, template) -> List.of(new PageImage(2, 3, new int[6])));
    FxToolkit.setupStage(
        (Stage stage) -> {
          Theme.LIGHT.apply();
          // A clock that stands still: on a loaded machine the robot's keys can come more than
          // the undo pause apart, and word-sized steps are what these tests check (the pause
          // itself is UndoHistoryTest's).
          Clock still = Clock.fixed(Instant.now(), ZoneOffset.UTC);
          editor = new EditorViewModel(executor, () -> store, navigator, still, preview);
          Scene scene = new Scene(new EditorView(editor), 1280, 800);
          scene.getStylesheets().add(Theme.appStylesheet());
          stage.setScene(scene);
          stage.show();
          editor.open(id);
        });
    waitUntil(() -> editor.formProperty().get() != null);
  }

  @AfterEach
  void closeWindow() throws Exception {
    FxToolkit.cleanupStages();
    executor.close();
  }

  @Test
  void typingIsSavedAndTheStatusLineSaysSo() throws Exception {
    selectAll("#basics-name").write("Grace Hopper", 0);

    waitUntil(() -> text("#editor-status").equals("Saved") && savedName().equals("Grace Hopper"));
    assertThat(store.find(id).orElseThrow().resume().basics().name()).isEqualTo("Grace Hopper");
  }

  @Test
  void aFailedSaveSaysWhyKeepsTheTextAndIsRetriedOnceTheCauseIsGone() throws Exception {
    try (StoreFaults.Fault held = StoreFaults.heldByAnotherProgram(store)) {
      selectAll("#basics-label").write("Admiral", 0);

      waitUntil(() -> text("#editor-status").startsWith("Not saved"));
      assertThat(text("#editor-status"))
          .isEqualTo(
              "Not saved: Your drafts are in use by another program (a second Career Coach, a"
                  + " backup or a sync tool holding "
                  + dataDir.resolve("drafts.db")
                  + "). Close it, then try again."
                  + " — your text is kept, retrying");
      assertThat(this.<TextInputControl>node("#basics-label").getText()).isEqualTo("Admiral");
      assertThat(store.find(id).orElseThrow().revision()).isEqualTo(1);

      held.remove();
    }

    waitUntil(() -> text("#editor-status").equals("Saved"));
    assertThat(store.find(id).orElseThrow().resume().basics().label()).isEqualTo("Admiral");
    assertThat(this.<TextInputControl>node("#basics-label").getText()).isEqualTo("Admiral");
  }

  @Test
  void entriesAreReorderedWithTheKeyboardAndTheFocusFollows() throws Exception {
    TextInputControl secondJob = workInputs("#work-position").get(1);
    focus(secondJob);

    robot.push(KeyCode.ALT, KeyCode.UP);

    assertThat(companies()).startsWith("Difference Co", "Analytical Engines Ltd");
    assertThat(focused()).isSameAs(secondJob);
    assertThat(workInputs("#work-position").get(0)).isSameAs(secondJob);
    waitUntil(() -> storedCompanies().get(0).equals("Difference Co"));

    robot.push(KeyCode.ALT, KeyCode.DOWN);
    robot.push(KeyCode.ALT, KeyCode.DOWN);

    assertThat(companies())
        .containsExactly("Analytical Engines Ltd", "Babbage & Sons", "Difference Co");
    assertThat(focused()).isSameAs(secondJob);
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEntryDroppedOnAnotherTakesItsPlaceAsOneUndoStep() throws Exception {
    EntryListView<Work> section = node("#section-work");
    List<EntryCard<Work>> cards = new ArrayList<>();
    robot
        .lookup("#section-work .entry-card")
        .queryAll()
        .forEach(n -> cards.add((EntryCard<Work>) n));

    // Monocle has no drag gestures: start the drag as the header's handler does, then drop.
    robot.interact(
        () -> {
          section.startDrag(cards.get(2));
          assertThat(section.dropOn(cards.get(0))).isTrue();
        });

    assertThat(companies())
        .containsExactly("Babbage & Sons", "Analytical Engines Ltd", "Difference Co");
    focus(workInputs("#work-position").get(1));
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(companies())
        .containsExactly("Analytical Engines Ltd", "Difference Co", "Babbage & Sons");
  }

  @Test
  void undoAndRedoTakeBackTypingAndMovesOverTheWholeDraft() throws Exception {
    TextInputControl name = node("#basics-name");
    robot.clickOn(name).push(KeyCode.END).write(" King", 0);
    focus(workInputs("#work-position").get(2));
    robot.push(KeyCode.ALT, KeyCode.UP);

    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(companies()).endsWith("Babbage & Sons");
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(name.getText()).isEqualTo("Ada Byron ");
    assertThat(focused()).isSameAs(name);
    robot.push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(name.getText()).isEqualTo("Ada Byron");

    robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    assertThat(name.getText()).isEqualTo("Ada Byron ");
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    robot.push(KeyCode.CONTROL, KeyCode.Y);
    assertThat(name.getText()).isEqualTo("Ada Byron King");
    assertThat(companies()).endsWith("Difference Co");
    waitUntil(() -> savedName().equals("Ada Byron King"));
  }

  @Test
  void aBadDateShowsItsErrorUnderTheFieldAndIsNotSaved() throws Exception {
    TextInputControl start = workInputs("#work-startDate").get(0);
    focus(start);
    robot.push(KeyCode.CONTROL, KeyCode.A).write("Spring 2019", 0);

    Label error = node("#work-startDate-error");
    assertThat(error.isVisible()).isTrue();
    assertThat(error.getText()).startsWith("'Spring 2019' is not a date: use YYYY, YYYY-MM");
    assertThat(start.getAccessibleHelp()).isEqualTo(error.getText());
    // Typing set the status to "Saving…" at once; "Saved…" means the autosave has run since.
    waitUntil(() -> text("#editor-status").equals("Saved, except the date marked in red"));
    assertThat(store.find(id).orElseThrow().resume().work().get(0).startDate().toString())
        .isEqualTo("2019-04");
    assertThat(start.getText()).isEqualTo("Spring 2019");

    robot.push(KeyCode.CONTROL, KeyCode.A).write("2019-05", 0);
    assertThat(error.isVisible()).isFalse();
    waitUntil(() -> text("#editor-status").equals("Saved"));
    waitUntil(
        () ->
            store
                .find(id)
                .orElseThrow()
                .resume()
                .work()
                .get(0)
                .startDate()
                .toString()
                .equals("2019-05"));
  }

  @Test
  void anEntryIsAddedAndRemovedFromItsMenu() throws Exception {
    focus(node("#add-work"));
    robot.push(KeyCode.SPACE);
    assertThat(companies()).hasSize(4);
    assertThat(focused()).isSameAs(workInputs("#work-position").get(3));
    robot.write("Founder", 0);

    waitUntil(() -> storedCompanies().size() == 4);
    List<Node> menus = new ArrayList<>(robot.lookup("#section-work .entry-actions").queryAll());
    focus(menus.get(3));
    robot.push(KeyCode.SPACE);
    robot.clickOn("Remove job");
    assertThat(companies()).hasSize(3);
  }

  @Test
  void everyControlOfTheEditorHasAccessibleText() throws Exception {
    robot.interact(
        () -> {
          // Fill every section, so each kind of entry and its inputs are in the graph.
          editor.formProperty().get().sections().forEach(EntryListModel::add);
          // The coach too, with a review's points and an interview set on screen.
          editor.scorecard().shownProperty().set(true);
          editor.interview().start();
        });
    waitUntil(() -> !editor.interview().questions().isEmpty());
    Node root = robot.lookup("#editor").query();

    assertThat(AccessibleTextAudit.focusableControls(root)).isGreaterThan(100);
    robot.interact(() -> AccessibleTextAudit.check(root));
  }

  @Test
  void aDraftOpensWithTheKeyboardInItsFirstField() throws Exception {
    // Without this the first keys went to the toolbar, and a space pressed Close.
    waitUntil(() -> focused() != null && "basics-name".equals(focused().getId()));
    robot.push(KeyCode.END).write(" Jr", 0);

    waitUntil(() -> savedName().endsWith(" Jr"));
    assertThat(navigation).isEmpty();
  }

  @Test
  void tabGoesThroughTheBasicsInReadingOrder() throws Exception {
    robot.clickOn("#basics-name");
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      order.add(focused().getId());
      robot.push(KeyCode.TAB);
    }

    assertThat(order)
        .containsExactly(
            "basics-name",
            "basics-label",
            "basics-email",
            "basics-phone",
            "basics-url",
            "basics-image",
            "basics-summary");
    assertThat(focused().getId()).isEqualTo("location-address");
  }

  @Test
  void theReviewTakesThePersonToAMissingEmailAndFollowsTheTypingAndUndo() throws Exception {
    ObjectNode json = CoachJson.mapper().valueToTree(Drafts.sample());
    ((ObjectNode) json.get("basics")).remove("email");
    UUID noEmail =
        store.create("No email", CoachJson.mapper().treeToValue(json, Resume.class)).id();
    robot.interact(() -> editor.open(noEmail));
    waitUntil(() -> noEmail.equals(editor.draftId()) && editor.formProperty().get() != null);
    robot.clickOn("#editor-coach-toggle");
    waitUntil(() -> card("There is no email address.") != null);
    int before = editor.scorecard().scoreProperty().get();
    robot.interact(() -> this.<TitledPane>node("#section-basics").setExpanded(false));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn(card("There is no email address.").lookup(".button"));

    waitUntil(() -> focused() == node("#basics-email"));
    assertThat(this.<TitledPane>node("#section-basics").isExpanded()).isTrue();
    robot.write("grace@example.com", 0);
    waitUntil(() -> card("There is no email address.") == null);
    assertThat(editor.scorecard().scoreProperty().get()).isGreaterThan(before);
    assertThat(text("#scorecard-score"))
        .isEqualTo(editor.scorecard().scoreProperty().get() + " / 100");

    // Typing is undone a word at a time: undo until the address is gone again.
    for (int i = 0;
        i < 10 && !this.<TextInputControl>node("#basics-email").getText().isEmpty();
        i++) {
      robot.push(KeyCode.CONTROL, KeyCode.Z);
      WaitForAsyncUtils.waitForFxEvents();
    }
    waitUntil(() -> card("There is no email address.") != null);
    assertThat(editor.scorecard().scoreProperty().get()).isEqualTo(before);
  }

  @Test
  void aPastedJobIsMatchedOfflineItsInterviewPractisedAndACopyTailoredForIt() throws Exception {
    Resume before = store.find(id).orElseThrow().resume();
    robot.clickOn("#editor-coach-toggle");
    TabPane coach = node("#coach");

    matchTheBackendJob(coach);

    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text("#job-similarity")).startsWith("Closeness in meaning: ");
    assertThat(robot.lookup("#job-required .skill-chip").queryAllAs(Label.class))
        .extracting(Label::getText)
        .anySatisfy(chip -> assertThat(chip).endsWith("Java"))
        .anySatisfy(chip -> assertThat(chip).endsWith("Docker"));
    assertThat(robot.lookup("#job-nice .skill-chip").queryAllAs(Label.class))
        .extracting(Label::getText)
        .singleElement()
        .satisfies(chip -> assertThat(chip).endsWith("Kubernetes"));

    robot.clickOn("#job-practise");

    waitUntil(
        () ->
            coach.getSelectionModel().getSelectedIndex() == 2
                && editor.interview().questions().size() == 10);
    assertThat(text("#interview-heading")).endsWith("questions for Backend Engineer");
    assertThat(
            robot
                .lookup(".scorecard-card")
                .match(n -> n.getId().startsWith("interview-question-"))
                .queryAll())
        .hasSize(10);
    robot.clickOn("#interview-good-0");
    assertThat(
            robot.lookup("#interview-question-0").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label l && l.getText().startsWith("A good answer: "))
                .findFirst()
                .orElseThrow()
                .isVisible())
        .isTrue();

    robot.interact(() -> coach.getSelectionModel().select(1));
    robot.clickOn("#job-record-sent");
    robot.clickOn("#sent-for-company").write("Initech", 0);
    assertThat(this.<TextInputControl>node("#sent-for-role").getText())
        .isEqualTo("Backend Engineer");
    robot.clickOn("Record");
    waitUntil(
        () ->
            editor.jobMatch().statusProperty().get().startsWith("Kept a copy as sent to Initech"));
    assertThat(store.applications())
        .filteredOn(copy -> copy.draftId().equals(id))
        .singleElement()
        .satisfies(
            copy -> {
              assertThat(copy.role()).isEqualTo("Backend Engineer");
              assertThat(copy.job()).startsWith("Backend Engineer\nRequirements");
            });

    robot.clickOn("#job-tailor");

    waitUntil(() -> !id.equals(editor.draftId()) && editor.formProperty().get() != null);
    assertThat(text("#editor-title")).isEqualTo("Staff roles — for Backend Engineer");
    assertThat(store.find(editor.draftId()).orElseThrow().title())
        .isEqualTo("Staff roles — for Backend Engineer");
    assertThat(store.find(id).orElseThrow().resume()).isEqualTo(before);
  }

  @Test
  void rewriteProposalsAreAcceptedOrRejectedOneByOneAndUndoTakesAnAcceptedOneBack()
      throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      String reply =
          "work[0].highlights[0] => Cut build times by 40% by caching compiler outputs\n"
              + "work[0].highlights[1] => Mentored six engineers, two of whom now lead teams\n"
              + "basics.summary => Builds compilers at Google and the teams that ship them.\n";
      model.enqueue(sse(reply));
      robot.interact(() -> editor.coachWith(CoachingOn.through(coachingAt(model))));
      robot.clickOn("#editor-coach-toggle");

      robot.clickOn("#rewrite-ask");
      assertThat(this.<TextInputControl>node("#send-material").getText())
          .startsWith("basics.summary: Builds compilers and the teams that ship them.\n")
          .doesNotContain("Grace");
      robot.clickOn("Send");

      waitUntil(() -> editor.rewrite().proposals().size() == 3);
      assertThat(text("#rewrite-status")).startsWith("3 suggestions (1 not offered");
      assertThat(robot.lookup("#proposal-accept-2").tryQuery()).isEmpty(); // invents "Google"
      robot.clickOn("#proposal-accept-0");
      waitUntil(() -> editor.rewrite().proposals().size() == 2);
      robot.clickOn("#proposal-reject-0"); // the mentoring one
      waitUntil(() -> editor.rewrite().proposals().size() == 1);

      TextInputControl highlights =
          robot
              .lookup("#section-work")
              .lookup(".text-area")
              .queryAllAs(TextInputControl.class)
              .stream()
              .filter(t -> t.getText().contains("Mentored six engineers"))
              .findFirst()
              .orElseThrow();
      assertThat(highlights.getText())
          .isEqualTo("Cut build times by 40% by caching compiler outputs\nMentored six engineers");
      waitUntil(
          () -> savedHighlight().equals("Cut build times by 40% by caching compiler outputs"));

      robot.interact(() -> editor.undo());
      waitUntil(
          () -> highlights.getText().equals("Cut build times by 40%\nMentored six engineers"));
      assertThat(store.find(id).orElseThrow().resume().basics().summary())
          .isEqualTo("Builds compilers and the teams that ship them.");
    }
  }

  @Test
  void aReplyStreamsIntoThePaneAndStopEndsIt() throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      StringBuilder many = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        many.append("event: text\ndata: {\"text\":\"word").append(i).append(" \"}\n\n");
      }
      model.enqueue(
          new MockResponse.Builder()
              .addHeader("content-type", "text/event-stream")
              .body(many.toString())
              .throttleBody(128, 100, TimeUnit.MILLISECONDS)
              .build());
      CallEnds calls = new CallEnds();
      CoachingClient client =
          new CoachingClient(calls.client(), new ServerAddress(model.url("/")), Clock.systemUTC());
      robot.interact(() -> editor.coachWith(CoachingOn.through(client)));
      robot.clickOn("#editor-coach-toggle");
      robot.clickOn("#rewrite-ask");
      robot.clickOn("Send");

      waitUntil(() -> this.<TextInputControl>node("#rewrite-written").getText().contains("word1 "));
      robot.clickOn("#rewrite-stop");

      waitUntil(() -> text("#rewrite-status").equals("Stopped. Nothing was changed."));
      String atStop = editor.rewrite().writtenProperty().get();
      assertThat(calls.await()).as("the stream's call ends at Stop").isTrue();
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(editor.rewrite().writtenProperty().get()).isEqualTo(atStop);
      assertThat(editor.rewrite().proposals()).isEmpty();
      assertThat(robot.lookup("#rewrite-stop").query().isVisible()).isFalse();
    }
  }

  @Test
  void aTypedAnswerGetsFeedbackFromTheModelAfterThePersonSeesWhatIsSent() throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      model.enqueue(sse("Clear and specific. Add what came of it: a number."));
      robot.interact(() -> editor.coachWith(CoachingOn.through(coachingAt(model))));
      robot.clickOn("#editor-coach-toggle");
      TabPane coach = node("#coach");
      robot.interact(() -> coach.getSelectionModel().select(2));
      waitUntil(() -> robot.lookup("#interview-question-0").tryQuery().isPresent());
      TextInputControl answer =
          robot.lookup("#interview-question-0 .text-area").queryAs(TextInputControl.class);
      robot.interact(() -> answer.setText("I split the monolith's billing out first."));

      robot.clickOn("#interview-feedback-0");
      assertThat(this.<TextInputControl>node("#send-material").getText())
          .startsWith("Question: ")
          .endsWith("\nAnswer: I split the monolith's billing out first.");
      robot.clickOn("Send");

      waitUntil(
          () ->
              text("#interview-feedback-text-0")
                  .equals("Clear and specific. Add what came of it: a number."));
      String sent = model.takeRequest(5, TimeUnit.SECONDS).getBody().utf8();
      assertThat(sent).contains("\"task\":\"ANSWER_FEEDBACK\"");
    }
  }

  @Test
  void untilAiCoachingIsTurnedOnNothingIsSentWhateverIsClicked() throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      robot.interact(() -> editor.coachWith(CoachingOn.signedInOnly(coachingAt(model))));
      robot.clickOn("#editor-coach-toggle");

      robot.clickOn("#rewrite-ask");
      waitUntil(() -> text("#rewrite-status").startsWith("AI coaching is off."));
      assertThat(robot.lookup("#send-material").tryQuery()).as("no send dialog").isEmpty();
      TabPane coach = node("#coach");
      robot.interact(() -> coach.getSelectionModel().select(2));
      waitUntil(() -> robot.lookup("#interview-question-0").tryQuery().isPresent());
      robot.clickOn("#interview-generate");
      waitUntil(() -> text("#interview-heading").startsWith("AI coaching is off."));
      TextInputControl answer =
          robot.lookup("#interview-question-0 .text-area").queryAs(TextInputControl.class);
      robot.interact(() -> answer.setText("I split the monolith's billing out first."));
      robot.clickOn("#interview-feedback-0");
      waitUntil(() -> text("#interview-feedback-text-0").startsWith("AI coaching is off."));

      assertThat(robot.lookup("#send-material").tryQuery()).isEmpty();
      assertThat(model.getRequestCount()).isZero();
    }
  }

  @Test
  void theModelWritesInterviewQuestionsFromWhatThePersonSawSent() throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      model.enqueue(
          sse(
              "Here are your questions:\n"
                  + "1. Technical: How would you find what makes a compiler's build slow?\n"
                  + "2. Behavioural: Tell me about a time you mentored someone who struggled.\n"));
      robot.interact(() -> editor.coachWith(CoachingOn.through(coachingAt(model))));
      robot.clickOn("#editor-coach-toggle");
      TabPane coach = node("#coach");
      robot.interact(() -> coach.getSelectionModel().select(2));
      waitUntil(() -> robot.lookup("#interview-question-0").tryQuery().isPresent());

      robot.clickOn("#interview-generate");
      assertThat(this.<TextInputControl>node("#send-material").getText())
          .isEqualTo(
              "Resume:\nHeadline: Staff Engineer\n"
                  + "Position: Staff Engineer at Analytical Engines Ltd\n"
                  + "Position: Engineer at Difference Co\nPosition: Intern at Babbage & Sons\n"
                  + "Skills: Compilers, LLVM, parsing, SSA, Java, JVM, JavaFX\n");
      robot.clickOn("Send");

      waitUntil(() -> text("#interview-heading").startsWith("2 questions from the server's AI"));
      assertThat(editor.interview().questions())
          .extracting(q -> q.question())
          .containsExactly(
              "How would you find what makes a compiler's build slow?",
              "Tell me about a time you mentored someone who struggled.");
      assertThat(
              robot.lookup("#interview-question-1").queryAs(VBox.class).getChildren().stream()
                  .filter(n -> n instanceof Label)
                  .map(n -> ((Label) n).getText())
                  .findFirst()
                  .orElseThrow())
          .isEqualTo("Behavioural · from the model");
      assertThat(robot.lookup("#interview-good-0").query().isVisible())
          .as("the model's questions come without the bank's notes")
          .isFalse();
      assertThat(model.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
          .contains("\"task\":\"INTERVIEW_QUESTIONS\"");
    }
  }

  @Test
  void rephrasingTowardAMatchedJobNeverOffersASkillTheJobWantsAndTheDraftLacks() throws Exception {
    try (MockWebServer model = new MockWebServer()) {
      model.start();
      model.enqueue(
          sse(
              "work[0].highlights[0] => Cut Java build times by 40%\n"
                  + "work[0].highlights[1] => mentored six engineers on docker and postgresql\n"));
      robot.interact(() -> editor.coachWith(CoachingOn.through(coachingAt(model))));
      robot.clickOn("#editor-coach-toggle");
      TabPane coach = node("#coach");
      assertThat(robot.lookup("#rewrite-toward-job").query().isVisible())
          .as("offered once a job is matched")
          .isFalse();
      matchTheBackendJob(coach);
      robot.interact(() -> coach.getSelectionModel().select(0));

      robot.clickOn("#rewrite-toward-job");
      assertThat(this.<TextInputControl>node("#send-material").getText())
          .startsWith("Job: Backend Engineer\nBackend Engineer\nRequirements")
          .contains("\n\nItems:\nbasics.summary: Builds compilers")
          .doesNotContain("Ada");
      robot.clickOn("Send");

      waitUntil(() -> editor.rewrite().proposals().size() == 2);
      assertThat(text("#rewrite-status")).startsWith("2 suggestions (1 not offered");
      assertThat(editor.rewrite().proposals().get(1).invented())
          .containsExactlyInAnyOrder("Docker", "PostgreSQL");
      assertThat(robot.lookup("#proposal-accept-1").tryQuery()).isEmpty();
      robot.clickOn("#proposal-accept-0");
      waitUntil(() -> savedHighlight().equals("Cut Java build times by 40%"));
      assertThat(model.takeRequest(5, TimeUnit.SECONDS).getBody().utf8())
          .contains("\"task\":\"TAILOR\"");
    }
  }

  private static CoachingClient coachingAt(MockWebServer model) {
    return new CoachingClient(
        new OkHttpClient(), new ServerAddress(model.url("/")), Clock.systemUTC());
  }

  /** Our server's answer: the reply as one text event, then done. */
  private static MockResponse sse(String reply) {
    return new MockResponse.Builder()
        .addHeader("content-type", "text/event-stream")
        .body(
            "event: text\ndata: "
                + CoachJson.mapper().writeValueAsString(java.util.Map.of("text", reply))
                + "\n\nevent: done\ndata: {\"cached\":false,\"tokens\":42,\"complete\":true}\n\n")
        .build();
  }

  private String savedHighlight() {
    return store.find(id).orElseThrow().resume().work().get(0).highlights().get(0);
  }

  @Test
  void theReviewPutsTheSectionsInOrderInOneClickUndoTakesItBackAndTheKeysMoveASection()
      throws Exception {
    UUID ordered =
        store
            .create(
                "Interests first", new SectionOrder(List.of("interests")).applyTo(Drafts.sample()))
            .id();
    robot.interact(() -> editor.open(ordered));
    waitUntil(() -> ordered.equals(editor.draftId()) && editor.formProperty().get() != null);
    waitUntil(() -> place("#section-interests") < place("#section-work"));
    robot.clickOn("#editor-coach-toggle");
    waitUntil(() -> card("Interests stands above your experience.") != null);

    VBox point = card("Interests stands above your experience.");
    robot.clickOn(point.lookup(".button"));

    waitUntil(() -> place("#section-interests") > place("#section-references"));
    waitUntil(
        () ->
            SectionOrder.of(store.find(ordered).orElseThrow().resume())
                .names()
                .equals(
                    Stream.concat(
                            SectionOrder.DEFAULT.names().stream()
                                .filter(s -> !s.equals("interests")),
                            Stream.of("interests"))
                        .toList()));
    assertThat(card("Interests stands above your experience.")).isNull();

    robot.interact(() -> editor.undo());
    waitUntil(() -> place("#section-interests") < place("#section-work"));

    robot.clickOn(ScrollInto.view(robot, "#section-education .text-input"));
    robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.UP);
    waitUntil(() -> place("#section-education") < place("#section-work"));
    waitUntil(
        () ->
            SectionOrder.of(store.find(ordered).orElseThrow().resume())
                .names()
                .subList(0, 3)
                .equals(List.of("interests", "education", "work")));
    assertThat(robot.lookup("#section-education .text-input").queryAs(Node.class).isFocused())
        .as("the focus stays in the moved section")
        .isTrue();
  }

  /** Pastes a backend job in the Job match tab and matches it. */
  private void matchTheBackendJob(TabPane coach) throws Exception {
    robot.interact(() -> coach.getSelectionModel().select(1));
    robot.interact(
        () ->
            this.<TextInputControl>node("#job-text")
                .setText(
                    "Backend Engineer\nRequirements\n- Java and PostgreSQL\n- Docker\n"
                        + "Nice to have\n- Kubernetes\n"));
    robot.clickOn("#job-match-run");
    // The first match loads the embedding model: allow for it.
    WaitForAsyncUtils.waitFor(
        60, TimeUnit.SECONDS, () -> robot.lookup("#job-similarity").tryQuery().isPresent());
  }

  /** Where a section stands in the form, from the top. */
  private int place(String section) {
    Node pane = node(section);
    return pane.getParent().getChildrenUnmodifiable().indexOf(pane);
  }

  /** The review's card that says {@code problem}, or null. */
  private VBox card(String problem) {
    return robot.lookup(".scorecard-card").queryAllAs(VBox.class).stream()
        .filter(
            card ->
                card.getChildren().stream()
                    .anyMatch(n -> n instanceof Label l && problem.equals(l.getText())))
        .findFirst()
        .orElse(null);
  }

  @Test
  void closingKeepsAVersionAndGoesBack() throws Exception {
    selectAll("#basics-name").write("Ada", 0);
    robot.clickOn("#editor-close");

    waitUntil(() -> navigation.contains("back"));
    assertThat(store.history(id))
        .extracting(VersionInfo::reason)
        .contains(DraftStore.VersionReason.CLOSED);
    assertThat(savedName()).isEqualTo("Ada");
  }

  private List<String> companies() {
    List<String> names = new ArrayList<>();
    robot.interact(() -> names.addAll(currentCompanies()));
    return names;
  }

  private List<String> currentCompanies() {
    return editor.current().work().stream().map(Work::name).map(String::valueOf).toList();
  }

  private List<String> storedCompanies() {
    Resume stored = store.find(id).orElseThrow().resume();
    return stored.work().stream().map(Work::name).map(String::valueOf).toList();
  }

  private String savedName() {
    return String.valueOf(store.find(id).orElseThrow().resume().basics().name());
  }

  private List<TextInputControl> workInputs(String query) {
    List<TextInputControl> inputs = new ArrayList<>();
    robot
        .lookup("#section-work")
        .lookup(query)
        .queryAll()
        .forEach(n -> inputs.add((TextInputControl) n));
    return inputs;
  }

  /** Moves the focus as Tab would, which scrolls the field into view. */
  private void focus(Node node) {
    robot.interact(node::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Node focused() {
    return robot.targetWindow().getScene().getFocusOwner();
  }

  private FxRobot selectAll(String query) {
    robot.clickOn(query);
    return robot.push(KeyCode.CONTROL, KeyCode.A);
  }

  @SuppressWarnings("unchecked")
  private <T extends Node> T node(String query) {
    return (T) robot.lookup(query).query();
  }

  private String text(String query) {
    return ((Label) robot.lookup(query).query()).getText();
  }

  private static void waitUntil(Supplier<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
