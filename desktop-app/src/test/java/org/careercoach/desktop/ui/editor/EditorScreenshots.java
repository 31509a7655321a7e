package org.careercoach.desktop.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.app.WindowImages;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.service.preview.PdfPreview;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.SqliteDraftStore;
import org.careercoach.desktop.support.CoachingOn;
import org.careercoach.desktop.ui.common.FxTaskExecutor;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * Takes the README's screenshots of the editor, light and dark, 1280×800, from a realistic draft,
 * and prints how long the live preview takes to follow a keystroke:
 *
 * <pre>java -cp ... org.careercoach.desktop.ui.editor.EditorScreenshots RESUME.json OUT_DIR</pre>
 *
 * <p>under a display (Xvfb). Not a test: a tool kept beside the tests whose classpath it shares.
 */
public final class EditorScreenshots {

  private EditorScreenshots() {}

  /** Started this way, not as an Application, so a plain classpath launch finds JavaFX. */
  public static void main(String[] args) {
    Application.launch(Shots.class, args);
  }

  /** The window whose scene is photographed. */
  public static final class Shots extends Application {

    private static final int UPDATES = 20;

    private FxTaskExecutor executor;
    private DraftStore store;
    private EditorViewModel editor;
    private PreviewViewModel preview;
    private Scene scene;
    private Path out;
    private final List<Long> updates = new ArrayList<>();
    private final List<Long> renders = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void start(Stage stage) throws Exception {
      List<String> args = getParameters().getRaw();
      Resume resume =
          CoachJson.mapper().readValue(Files.readString(Path.of(args.get(0))), Resume.class);
      out = Path.of(args.get(1));
      executor = new FxTaskExecutor(2);
      Path folder = Files.createTempDirectory("coach-shots");
      store = SqliteDraftStore.open(folder.resolve("drafts.db"), Clock.systemUTC());
      UUID id = store.create("Richard — platform roles", resume).id();
      PdfPreview pdf = new PdfPreview();
      preview =
          new PreviewViewModel(
              executor,
              (draft, template) -> {
                long start = System.nanoTime();
                List<PageImage> pages = pdf.render(draft, template);
                renders.add(millisSince(start));
                return pages;
              });
      editor =
          new EditorViewModel(
              executor,
              () -> store,
              new Navigator() {
                @Override
                public void show(Screen screen) {}

                @Override
                public void back() {}
              },
              Clock.systemUTC(),
              preview);
      Theme.LIGHT.apply();
      scene = new Scene(new EditorView(editor), 1280, 800);
      scene.getStylesheets().add(Theme.appStylesheet());
      stage.setTitle("Career Coach");
      stage.setScene(scene);
      stage.show();
      editor.open(id);
      long opened = System.nanoTime();
      poll(
          () -> !preview.renderingProperty().get() && !preview.pages().isEmpty(),
          () -> {
            System.out.printf("first preview: %d ms after opening%n", millisSince(opened));
            measureUpdate(UPDATES);
          });
    }

    /** Types into the name and times until the preview shows it, {@code left} more times. */
    private void measureUpdate(int left) {
      if (left == 0) {
        List<Long> sorted = updates.stream().sorted().toList();
        System.out.printf(
            "preview after a keystroke over %d edits: median %d ms, max %d ms%n",
            sorted.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
        System.out.printf("of which rendering the PDF and its pages (ms): %s%n", renders);
        shootBoth();
        return;
      }
      FieldModel name = editor.formProperty().get().basics().person().get("name");
      PageImage before = preview.pages().get(0);
      long typed = System.nanoTime();
      name.textProperty().set(left % 2 == 0 ? "Richard Hendriks Jr" : "Richard Hendriks");
      poll(
          () ->
              !preview.renderingProperty().get()
                  && !preview.pages().isEmpty()
                  && preview.pages().get(0) != before,
          () -> {
            updates.add(millisSince(typed));
            measureUpdate(left - 1);
          });
    }

    private void shootBoth() {
      // The work section, with a date typed wrong, as a person sees it.
      TitledPane basics = (TitledPane) scene.lookup("#section-basics");
      basics.setAnimated(false);
      basics.setExpanded(false);
      after(
          1,
          () -> {
            scene.lookup("#work-position").requestFocus();
            FieldModel end =
                editor
                    .formProperty()
                    .get()
                    .sections()
                    .get(0)
                    .entries()
                    .get(0)
                    .fields()
                    .get("endDate");
            end.textProperty().set("last spring");
          });
      after(
          2.5,
          () ->
              poll(
                  () -> !preview.renderingProperty().get(),
                  () -> {
                    shoot(out.resolve("editor-light.png"));
                    Theme.DARK.apply();
                    after(
                        1,
                        () -> {
                          shoot(out.resolve("editor-dark.png"));
                          shootTheReview();
                        });
                  }));
    }

    /** The review beside the form, in light, the preview off. */
    private void shootTheReview() {
      Theme.LIGHT.apply();
      preview.shownProperty().set(false);
      editor.scorecard().shownProperty().set(true);
      after(
          1.5,
          () -> {
            shoot(out.resolve("editor-review-light.png"));
            shootTheJobMatch();
          });
    }

    /** A job matched against the draft, then the interview set drawn for it. */
    private void shootTheJobMatch() {
      TabPane coach = (TabPane) scene.lookup("#coach");
      coach.getSelectionModel().select(1);
      editor
          .jobMatch()
          .jobTextProperty()
          .set(
              "Engineering Manager, Compression Platform\n\nWhat you'll do\n- Lead a team of 8"
                  + " engineers building our compression service in C++ and Python\n- Own"
                  + " the roadmap with product management\n\nRequirements\n- People"
                  + " management and hiring\n- C++, Python, distributed systems\n- Agile"
                  + " delivery (Scrum)\n\nNice to have\n- Kubernetes\n- Public speaking");
      editor.jobMatch().match();
      poll(
          () -> editor.jobMatch().resultProperty().get() != null,
          () ->
              after(
                  1,
                  () -> {
                    shoot(out.resolve("editor-job-match-light.png"));
                    ((javafx.scene.control.Button) scene.lookup("#job-practise")).fire();
                    after(
                        1,
                        () -> {
                          shoot(out.resolve("editor-interview-light.png"));
                          shootTheRewrites(coach);
                        });
                  }));
    }

    /** Rewrite proposals from a local server that answers as ours does, one inventing a fact. */
    private void shootTheRewrites(TabPane coach) {
      MockWebServer model = new MockWebServer();
      try {
        model.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String reply =
          "basics.summary => Leads a compression company whose lossless algorithm holds the"
              + " Weisman Score record.\n"
              + "work[0].highlights[0] => Built an algorithm that detects copyright infringement"
              + " in artists' music\n"
              + "work[0].highlights[1] => Won TechCrunch Disrupt with a team of 12 engineers\n";
      model.enqueue(
          new MockResponse.Builder()
              .addHeader("content-type", "text/event-stream")
              .body(
                  "event: text\ndata: "
                      + CoachJson.mapper().writeValueAsString(java.util.Map.of("text", reply))
                      + "\n\nevent: done\ndata: {\"cached\":false,\"tokens\":380,"
                      + "\"complete\":true}\n\n")
              .build());
      editor.coachWith(
          CoachingOn.through(
              new CoachingClient(
                  new OkHttpClient(), new ServerAddress(model.url("/")), Clock.systemUTC())));
      coach.getSelectionModel().select(0);
      editor.rewrite().ask();
      poll(
          () -> !editor.rewrite().proposals().isEmpty(),
          () ->
              after(
                  1,
                  () -> {
                    shoot(out.resolve("editor-rewrite-light.png"));
                    model.close();
                    Platform.exit();
                  }));
    }

    @Override
    public void stop() throws Exception {
      executor.close();
      store.close();
    }

    private void shoot(Path file) {
      try {
        WindowImages.writePng(scene.snapshot(null), file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void after(double seconds, Runnable then) {
    PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
    pause.setOnFinished(e -> then.run());
    pause.play();
  }

  /** Runs {@code then} once {@code done} holds, checking every 5 ms on the UI thread. */
  private static void poll(BooleanSupplier done, Runnable then) {
    if (done.getAsBoolean()) {
      then.run();
      return;
    }
    PauseTransition pause = new PauseTransition(Duration.millis(5));
    pause.setOnFinished(e -> poll(done, then));
    pause.play();
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
