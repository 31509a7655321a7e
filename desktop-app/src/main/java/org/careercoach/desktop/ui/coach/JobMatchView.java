package org.careercoach.desktop.ui.coach;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.careercoach.desktop.service.jobmatch.JobMatch;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.desktop.ui.common.Forms;

/** The job match tab: the job over what the draft covers of it. */
public final class JobMatchView extends VBox {

  private final VBox results = new VBox(12);

  /**
   * @param practise draws an interview set for the matched job and shows it
   * @param tailor makes a copy of the draft put in order for the matched job
   * @param recordSent records the open draft as sent for the matched job
   */
  public JobMatchView(
      JobMatchViewModel viewModel,
      Runnable practise,
      Runnable tailor,
      BiConsumer<JobPosting, SentFor> recordSent) {
    super(10);
    setId("job-match");
    getStyleClass().add("coach-tab");

    Label intro = new Label("Paste a job description to see what your draft covers of it.");
    intro.setWrapText(true);
    TextArea job = new TextArea();
    job.setId("job-text");
    job.setPromptText("Paste the job ad here: its title, what it asks for, what would be nice…");
    job.setWrapText(true);
    job.setPrefRowCount(8);
    job.setAccessibleText("Job description");
    job.textProperty().bindBidirectional(viewModel.jobTextProperty());

    Button match = new Button("Match");
    match.setId("job-match-run");
    match.getStyleClass().add(Styles.ACCENT);
    match.setDefaultButton(false);
    match.disableProperty().bind(viewModel.busyProperty());
    match.setOnAction(e -> viewModel.match());
    Button importFile = new Button("Import job file…");
    importFile.setId("job-import");
    importFile.setAccessibleHelp("A JSON Resume job file");
    importFile.disableProperty().bind(viewModel.busyProperty());
    importFile.setOnAction(e -> choose(viewModel));
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(16, 16);
    spinner.visibleProperty().bind(viewModel.busyProperty());
    Label status = new Label();
    status.textProperty().bind(viewModel.statusProperty());
    status.getStyleClass().add(Styles.TEXT_MUTED);
    HBox actions = new HBox(8, match, importFile, spinner, status);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label problem = Forms.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("job-problem");

    Button interview = new Button("Practise an interview for this job");
    interview.setId("job-practise");
    interview.getStyleClass().add(Styles.FLAT);
    interview.setOnAction(e -> practise.run());
    Button tailored = new Button("Tailor a copy for this job");
    tailored.setId("job-tailor");
    tailored.getStyleClass().add(Styles.FLAT);
    tailored.setAccessibleHelp(
        "A new draft with the skills, projects and highlights that speak to this job first;"
            + " no word changed");
    tailored.setOnAction(e -> tailor.run());
    results.setId("job-results");
    Button sent = new Button("Record as sent…");
    sent.setId("job-record-sent");
    sent.getStyleClass().add(Styles.FLAT);
    sent.setAccessibleHelp("Keep a copy of this draft, with this job ad, in Applications");
    sent.setOnAction(
        e -> {
          JobPosting matched = viewModel.jobProperty().get();
          if (matched != null) {
            SentForJobDialog.ask(getScene().getWindow(), matched, viewModel.today())
                .ifPresent(to -> recordSent.accept(matched, to));
          }
        });
    HBox next = new HBox(8, tailored, sent, interview);
    viewModel.resultProperty().addListener((obs, was, now) -> show(now, next));
    results.setVisible(false);
    results.managedProperty().bind(results.visibleProperty());

    getChildren().addAll(intro, job, actions, problem, results);
  }

  private void choose(JobMatchViewModel viewModel) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import a JSON Resume job file");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
    File file = chooser.showOpenDialog(getScene().getWindow());
    if (file != null) {
      viewModel.importFile(file.toPath());
    }
  }

  private void show(JobMatch match, HBox next) {
    results.getChildren().clear();
    results.setVisible(match != null);
    if (match == null) {
      return;
    }
    Label closeness =
        new Label(
            String.format(
                Locale.ROOT,
                "Closeness in meaning: %s (%.2f)",
                closeness(match.similarity()),
                match.similarity()));
    closeness.setId("job-similarity");
    closeness.getStyleClass().add(Styles.TEXT_BOLDER);
    ProgressBar bar = new ProgressBar(Math.max(0, Math.min(1, match.similarity())));
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setAccessibleText("Closeness in meaning");
    results
        .getChildren()
        .addAll(
            closeness,
            bar,
            skills(
                "job-required",
                "Asked for: "
                    + match.requiredCovered().size()
                    + " of "
                    + (match.requiredCovered().size() + match.requiredMissing().size())
                    + " in your draft",
                match.requiredCovered(),
                match.requiredMissing()),
            skills(
                "job-nice",
                "Nice to have: "
                    + match.niceCovered().size()
                    + " of "
                    + (match.niceCovered().size() + match.niceMissing().size()),
                match.niceCovered(),
                match.niceMissing()),
            keywords(match),
            next);
  }

  private static String closeness(double similarity) {
    if (similarity >= 0.6) {
      return "close";
    }
    if (similarity >= 0.4) {
      return "related";
    }
    return "far apart";
  }

  private static VBox skills(String id, String title, List<String> covered, List<String> missing) {
    Label heading = new Label(title);
    heading.getStyleClass().add(Styles.TEXT_BOLDER);
    FlowPane chips = new FlowPane(6, 6);
    covered.forEach(skill -> chips.getChildren().add(chip(skill, true)));
    missing.forEach(skill -> chips.getChildren().add(chip(skill, false)));
    VBox box = new VBox(6, heading, chips);
    box.setId(id);
    if (covered.isEmpty() && missing.isEmpty()) {
      Label none = new Label("The job names none.");
      none.getStyleClass().add(Styles.TEXT_MUTED);
      box.getChildren().set(1, none);
    }
    return box;
  }

  private static Label chip(String skill, boolean covered) {
    Label chip = new Label((covered ? "✓ " : "✗ ") + skill);
    chip.getStyleClass().addAll("skill-chip", covered ? "covered" : "missing");
    chip.setAccessibleText(skill + (covered ? ", in your draft" : ", not in your draft"));
    return chip;
  }

  private static VBox keywords(JobMatch match) {
    Label heading =
        new Label(
            "Keywords used: "
                + (match.keywords().size() - match.keywordsMissing().size())
                + " of "
                + match.keywords().size());
    heading.getStyleClass().add(Styles.TEXT_BOLDER);
    Label missing =
        new Label(
            match.keywordsMissing().isEmpty()
                ? "Your draft uses all of the job's most frequent words."
                : "Not in your draft: "
                    + String.join(", ", match.keywordsMissing())
                    + ". Use the ones that are true of you, in the job's words.");
    missing.setWrapText(true);
    missing.setId("job-keywords-missing");
    return new VBox(4, heading, missing);
  }
}
