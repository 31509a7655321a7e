package org.careercoach.desktop.ui.uploads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.careercoach.desktop.app.Theme;
import org.careercoach.desktop.service.ObservableState;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.api.ServerAddress;
import org.careercoach.desktop.service.session.Keychain;
import org.careercoach.desktop.service.session.SessionState;
import org.careercoach.desktop.service.store.StoreService;
import org.careercoach.desktop.service.uploads.ParsedFile;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * The resume-files screens in a window of their own, over the in-memory service and the app's real
 * store: the screen tests and the screenshots build it. The navigator swaps the screen shown; the
 * read notice floats over the corner as in the app. Build it on the UI thread.
 */
final class UploadsWorld implements Navigator {

  static final String PARSED =
      """
      {"basics": {"name": "Ana Lima", "label": "Backend engineer", "email": "ana@example.com",
                  "phone": "+55 11 5555 0101", "location": {"city": "Campinas"}},
       "work": [{"name": "Acme Payments", "position": "Senior engineer", "startDate": "2019-03",
                 "highlights": ["Cut settlement time from two days to two hours",
                                "Led the move to event sourcing"]},
                {"name": "Globex", "position": "Engineer", "startDate": "2016-01",
                 "endDate": "2019-02"}],
       "education": [{"institution": "Universidade de São Paulo", "area": "Computing",
                      "studyType": "BSc"}],
       "skills": [{"name": "Kotlin", "keywords": ["Coroutines", "Ktor"]}]}
      """;

  static final List<String> LINES =
      List.of(
          "Ana Lima",
          "Backend engineer",
          "ana@example.com · +55 11 5555 0101 · Campinas",
          "Experience",
          "Senior engineer, Acme Payments, 2019-03 – now",
          "Cut settlement time from two days to two hours",
          "Led the move to event sourcing",
          "Engineer, Globex, 2016-01 – 2019-02",
          "Education",
          "BSc Computing, Universidade de São Paulo",
          "Skills",
          "Kotlin: Coroutines, Ktor");

  final MemoryResumeFiles files = new MemoryResumeFiles();
  final UploadAnswers answers = new UploadAnswers();
  final StoreService profiles;
  final UploadScreens screens;
  final List<UUID> opened = new ArrayList<>();
  final StackPane content = new StackPane();
  final Scene scene;
  Screen showing = Screen.RESUME_FILES;

  UploadsWorld(Path dataDir, TaskExecutor executor) {
    profiles =
        new StoreService(
            dataDir,
            new ObservableState<>(
                new SessionState(
                    SessionState.Phase.SIGNED_OUT,
                    ServerAddress.parse("https://coach.example.com"),
                    null,
                    SessionState.Profile.NONE,
                    "",
                    new Keychain("", "", true))),
            executor,
            Clock.systemUTC());
    screens =
        new UploadScreens(
            executor, files, profiles, answers, this, new OpenedDrafts(opened), answers, answers);
    Node notice = screens.readNotice();
    StackPane root = new StackPane(content, notice);
    StackPane.setAlignment(notice, Pos.BOTTOM_RIGHT);
    StackPane.setMargin(notice, new Insets(0, 20, 20, 0));
    scene = new Scene(root, 1100, 720);
    scene.getStylesheets().add(Theme.appStylesheet());
    screens.acceptDrops(scene);
    show(Screen.RESUME_FILES);
  }

  private final Map<Screen, Node> made = new LinkedHashMap<>();

  @Override
  public void show(Screen screen) {
    showing = screen;
    content.getChildren().setAll(made.computeIfAbsent(screen, screens::view));
  }

  @Override
  public void back() {
    show(Screen.RESUME_FILES);
  }

  /** A PDF of {@link #LINES} with two pages, read, with per-field origins; returns its key. */
  String readPdf(Path dir, String name) throws Exception {
    Path pdf = dir.resolve(name);
    List<SourceLine> lines = SourceFiles.pdf(pdf, LINES, 8);
    Map<String, FieldSource> fields = new LinkedHashMap<>();
    fields.put("basics.name", source(0.55, lines.get(0)));
    fields.put("basics.label", source(0.92, lines.get(1)));
    fields.put("basics.email", source(0.99, lines.get(2)));
    fields.put("basics.phone", source(0.9, lines.get(2)));
    fields.put("basics.location.city", source(0.62, lines.get(2)));
    fields.put("work[0]", source(0.9, lines.get(4)));
    fields.put("work[0].position", source(0.6, lines.get(4)));
    fields.put("work[0].highlights[0]", source(0.95, lines.get(5)));
    fields.put("work[0].highlights[1]", source(0.93, lines.get(6)));
    fields.put("work[1]", source(0.85, lines.get(7)));
    fields.put("work[1].name", source(0.4, lines.get(7)));
    fields.put("education[0]", source(0.8, lines.get(9)));
    fields.put("skills[0]", source(0.88, lines.get(11)));
    ParseProvenance provenance =
        new ParseProvenance("heuristic", SourceFiles.letterPages(2), lines, fields);
    String key = add(pdf);
    files.move(key, Stage.READING, Files.size(pdf), "");
    files.parsed.put(
        key,
        new ParsedFile(
            files.find(key).orElseThrow(),
            CoachJson.mapper().readValue(PARSED, Resume.class),
            provenance));
    return key;
  }

  String add(Path file) {
    files.add(List.of(file));
    return files.state().get().files().get(0).key();
  }

  private static FieldSource source(double confidence, SourceLine line) {
    return new FieldSource(confidence, line.page(), line.number(), line.box());
  }
}
