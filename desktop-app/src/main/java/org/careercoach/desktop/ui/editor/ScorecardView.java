package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.review.Finding;

/**
 * The review pane: the score over one card per point, each with what is wrong, what to do, and a
 * button that takes the focus to the field. The cards are the review's own order (the resume's), so
 * fixing one point never reshuffles the rest.
 */
final class ScorecardView extends VBox {

  private final ScorecardViewModel viewModel;
  private final VBox cards = new VBox(10);

  /**
   * @param footer what scrolls under the points (the model's rewrite suggestions)
   */
  ScorecardView(ScorecardViewModel viewModel, Node footer) {
    this.viewModel = viewModel;
    setId("scorecard");
    getStyleClass().add("scorecard-pane");

    Label title = new Label("Review");
    title.getStyleClass().add(Styles.TITLE_4);
    Label score = new Label();
    score.setId("scorecard-score");
    score.getStyleClass().add("scorecard-score");
    score.textProperty().bind(Bindings.concat(viewModel.scoreProperty(), " / 100"));
    viewModel.scoreProperty().addListener((obs, was, now) -> mark(score, now.intValue()));
    mark(score, viewModel.scoreProperty().get());
    Label summary = new Label();
    summary.setId("scorecard-summary");
    summary.getStyleClass().add(Styles.TEXT_MUTED);
    summary
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> summary(viewModel.findings().size()), viewModel.findings()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(10, title, spacer, score);
    header.setAlignment(Pos.CENTER_LEFT);
    VBox top = new VBox(4, header, summary);
    top.getStyleClass().add("scorecard-header");

    cards.getStyleClass().add("scorecard-cards");
    ScrollPane scroll = new ScrollPane(new VBox(cards, footer));
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    getChildren().addAll(top, scroll);
    viewModel.findings().addListener((ListChangeListener<Finding>) change -> draw());
    draw();
  }

  private static String summary(int points) {
    return switch (points) {
      case 0 -> "Nothing to fix: contact, dates, highlights, wording and spelling all look right.";
      case 1 -> "One point to look at. Checked offline, on this computer.";
      default -> points + " points to look at. Checked offline, on this computer.";
    };
  }

  private static void mark(Label score, int value) {
    score.pseudoClassStateChanged(Styles.STATE_SUCCESS, value >= 85);
    score.pseudoClassStateChanged(Styles.STATE_WARNING, value >= 60 && value < 85);
    score.pseudoClassStateChanged(Styles.STATE_DANGER, value < 60);
  }

  private void draw() {
    cards.getChildren().clear();
    int n = 0;
    for (Finding finding : viewModel.findings()) {
      cards.getChildren().add(card(finding, n++));
    }
  }

  /** A point's one action, named for a screen reader with what it is about. */
  private static Button action(String text, String id, String about, Runnable run) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
    button.setAccessibleText(text + ": " + about);
    button.setOnAction(e -> run.run());
    return button;
  }

  private VBox card(Finding finding, int n) {
    Label kind = new Label(finding.kind().title());
    kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLDER);
    Label problem = new Label(finding.problem());
    problem.setWrapText(true);
    Label fix = new Label(finding.fix());
    fix.setWrapText(true);
    fix.getStyleClass().add(Styles.TEXT_MUTED);
    VBox card = new VBox(4, kind, problem, fix);
    if (!finding.sectionOrder().isEmpty()) {
      card.getChildren()
          .add(
              action(
                  "Reorder the sections",
                  "scorecard-reorder-" + n,
                  finding.fix(),
                  () -> viewModel.reorder(finding)));
    } else if (!finding.path().equals("file")) {
      card.getChildren()
          .add(
              action(
                  "Go to the field",
                  "scorecard-go-" + n,
                  finding.problem(),
                  () -> viewModel.goTo(finding)));
    }
    card.setId("scorecard-point-" + n);
    card.getStyleClass().add("scorecard-card");
    return card;
  }
}
