package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A conflict: the three ways out, each saying what it does, over the server's version beside this
 * computer's copy, line by line. Esc goes back without changing anything.
 */
public final class ConflictView extends VBox {

  public ConflictView(ConflictViewModel viewModel) {
    super(12);
    getStyleClass().addAll("screen", "fills-window", "conflict-screen");
    Label heading = new Label();
    heading.setId("conflict-title");
    heading.getStyleClass().add(Styles.TITLE_3);
    heading.textProperty().bind(viewModel.titleProperty());
    heading.setWrapText(true);
    Label summary = new Label();
    summary.setId("conflict-summary");
    summary.setWrapText(true);
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary.textProperty().bind(viewModel.summaryProperty());
    // A wrapped label in a box is cut short with "…" unless it may be as tall as its text.
    summary.setMinHeight(Region.USE_PREF_SIZE);

    Button back = new Button("Back to drafts");
    back.setId("conflict-back");
    back.setCancelButton(true);
    back.getStyleClass().add(Styles.FLAT);
    back.setAccessibleHelp("Esc. Changes nothing: both versions stay until you choose.");
    back.setOnAction(e -> viewModel.back());

    BooleanBinding waiting = viewModel.readyProperty().not().or(viewModel.busyProperty());
    VBox server =
        choice(
            "Keep the server's version",
            "conflict-keep-server",
            "The text from your other computer stays; your copy goes to the Trash.",
            waiting,
            viewModel::keepServerVersion);
    VBox mine =
        choice(
            "Keep my copy",
            "conflict-keep-copy",
            "Your text from this computer stays; the server's version goes to the Trash.",
            waiting,
            viewModel::keepMyCopy);
    VBox both =
        choice(
            "Keep both",
            "conflict-keep-both",
            "Both stay as separate drafts; nothing goes to the Trash.",
            waiting,
            viewModel::keepBoth);
    HBox choices = new HBox(12, server, mine, both);
    choices.setId("conflict-choices");

    ListView<TextDiff.Row> comparison = new ListView<>(viewModel.comparison());
    comparison.setId("conflict-comparison");
    comparison.setAccessibleText("The server's version beside your copy");
    comparison.setCellFactory(view -> new DiffRowCell("the server's version", "your copy"));
    // Neither side is older: differences are marked alike on both, not as removed and added.
    comparison.getStyleClass().addAll("diff", "conflict-diff");
    VBox.setVgrow(comparison, Priority.ALWAYS);

    VBox left = caption("The server's version", "As your other computer left it");
    VBox right = caption("Your copy", "As you wrote it on this computer");
    GridPane captions = DiffRowCell.halves(left, right);
    captions.setPadding(new javafx.geometry.Insets(0, 28, 0, 14));

    Label problem = DraftsView.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("conflict-problem");
    Label loadProblem = DraftsView.notice(viewModel.loadProblemProperty(), Styles.DANGER);
    loadProblem.setId("conflict-load-problem");

    HBox top = new HBox(8, back);
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren()
        .addAll(
            top,
            new VBox(2, heading, summary),
            choices,
            problem,
            loadProblem,
            captions,
            comparison);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                comparison.requestFocus();
              }
            });
  }

  private static VBox caption(String side, String where) {
    Label name = new Label(side);
    name.getStyleClass().add(Styles.TEXT_BOLD);
    Label note = new Label(where);
    note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    return new VBox(1, name, note);
  }

  /** A way out: its button over what it does, in words (also the button's accessible help). */
  private static VBox choice(
      String text, String id, String what, BooleanBinding disabled, Runnable run) {
    Button button = new Button(text);
    button.setId(id);
    button.setMaxWidth(Double.MAX_VALUE);
    button.setAccessibleHelp(what);
    button.disableProperty().bind(disabled);
    button.setOnAction(e -> run.run());
    Label says = new Label(what);
    says.setWrapText(true);
    says.setMinHeight(Region.USE_PREF_SIZE);
    says.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    VBox box = new VBox(6, button, says);
    box.getStyleClass().add("conflict-choice");
    HBox.setHgrow(box, Priority.ALWAYS);
    box.setMaxWidth(Double.MAX_VALUE);
    box.setPrefWidth(220);
    return box;
  }
}
