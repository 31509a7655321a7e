package org.careercoach.desktop.ui.coach;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.coaching.Proposal;

/**
 * Under the review: rewrite suggestions from the server's model. Nothing is sent before the person
 * has seen exactly what will be sent and said Send.
 */
public final class RewriteView extends VBox {

  private final RewriteViewModel viewModel;
  private final VBox cards = new VBox(8);

  public RewriteView(RewriteViewModel viewModel) {
    super(8);
    this.viewModel = viewModel;
    setId("rewrite");
    getStyleClass().add("rewrite-pane");
    Label title = new Label("Rewrite suggestions (AI)");
    title.getStyleClass().add(Styles.TEXT_BOLDER);
    Label intro =
        new Label(
            "With AI coaching on, Career Coach proposes rewrites of your summary and highlights,"
                + " or rephrases them toward the job you matched. You accept or reject each one;"
                + " nothing changes by itself, and a suggestion that adds facts your draft does"
                + " not state is never offered.");
    intro.setWrapText(true);
    intro.getStyleClass().add(Styles.TEXT_MUTED);
    Button ask = new Button("Suggest rewrites…");
    ask.setId("rewrite-ask");
    ask.disableProperty().bind(viewModel.writingProperty());
    ask.setOnAction(e -> confirmThenAsk());
    Button toward = new Button("Rephrase toward the job…");
    toward.setId("rewrite-toward-job");
    toward.setAccessibleHelp("Rewrites that bring forward what the matched job asks for");
    toward.disableProperty().bind(viewModel.writingProperty());
    toward.visibleProperty().bind(viewModel.jobProperty().isNotNull());
    toward.managedProperty().bind(toward.visibleProperty());
    toward.setOnAction(e -> confirmThenAskTowardJob());
    Button stop = new Button("Stop");
    stop.setId("rewrite-stop");
    stop.visibleProperty().bind(viewModel.writingProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> viewModel.stop());
    Label status = new Label();
    status.setId("rewrite-status");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    HBox actions = new HBox(8, ask, toward, stop);
    actions.setAlignment(Pos.CENTER_LEFT);
    TextArea written = new TextArea();
    written.setId("rewrite-written");
    written.setEditable(false);
    written.setWrapText(true);
    written.setPrefRowCount(4);
    written.setAccessibleText("The model's reply as it is written");
    written.textProperty().bind(viewModel.writtenProperty());
    written.visibleProperty().bind(viewModel.writingProperty());
    written.managedProperty().bind(written.visibleProperty());
    getChildren().addAll(title, intro, actions, status, written, cards);
    viewModel
        .proposals()
        .addListener(
            (ListChangeListener<Proposal>)
                change -> {
                  boolean arrived = cards.getChildren().isEmpty();
                  draw();
                  if (arrived && !cards.getChildren().isEmpty() && getScene() != null) {
                    afterNextLayout(this::scrollToTop);
                  }
                });
  }

  /** Runs once after the next layout pass, when the new cards have their sizes. */
  private void afterNextLayout(Runnable then) {
    Scene scene = getScene();
    Runnable[] once = new Runnable[1];
    once[0] =
        () -> {
          scene.removePostLayoutPulseListener(once[0]);
          then.run();
        };
    scene.addPostLayoutPulseListener(once[0]);
  }

  /** New suggestions would be out of sight under the review's points: scroll up to them. */
  private void scrollToTop() {
    for (Node at = getParent(); at != null; at = at.getParent()) {
      if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
        scroll.layout();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double top = scroll.getContent().sceneToLocal(localToScene(0, 0)).getY();
        if (content > viewport) {
          scroll.setVvalue(Math.min(1, top / (content - viewport)));
        }
        return;
      }
    }
  }

  /** Shows exactly what would be sent; sends only on Send. */
  private void confirmThenAsk() {
    SendConfirmation.thenAsk(
        getScene().getWindow(),
        "This is exactly what goes to your server, which sends it to its AI provider with"
            + " instructions to rewrite each line without inventing facts. Your name and contact"
            + " details are not sent.",
        viewModel.material(),
        viewModel::ask);
  }

  private void confirmThenAskTowardJob() {
    SendConfirmation.thenAsk(
        getScene().getWindow(),
        "This is exactly what goes to your server, which sends it to its AI provider with"
            + " instructions to rephrase each line toward this job without adding anything your"
            + " draft does not say. Your name and contact details are not sent.",
        viewModel.materialTowardJob(),
        viewModel::askTowardJob);
  }

  private void draw() {
    cards.getChildren().clear();
    int n = 0;
    for (Proposal proposal : viewModel.proposals()) {
      cards.getChildren().add(card(proposal, n++));
    }
  }

  private VBox card(Proposal proposal, int n) {
    Label where = new Label(viewModel.where(proposal));
    where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label before = new Label(proposal.before());
    before.setWrapText(true);
    before.getStyleClass().addAll(Styles.TEXT_MUTED, "proposal-before");
    Label after = new Label(proposal.after());
    after.setWrapText(true);
    VBox card = new VBox(4, where, before, after);
    card.setId("proposal-" + n);
    card.getStyleClass().add("scorecard-card");
    Button reject = new Button(proposal.acceptable() ? "Reject" : "Dismiss");
    reject.setId("proposal-reject-" + n);
    reject.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    reject.setOnAction(e -> viewModel.reject(proposal));
    if (proposal.acceptable()) {
      Button accept = new Button("Accept");
      accept.setId("proposal-accept-" + n);
      accept.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
      accept.setOnAction(e -> viewModel.accept(proposal));
      card.getChildren().add(new HBox(8, accept, reject));
    } else {
      Label why =
          new Label(
              "Not offered: it states "
                  + String.join(", ", proposal.invented())
                  + ", which your draft does not.");
      why.setWrapText(true);
      why.getStyleClass().add(Styles.DANGER);
      card.getChildren().addAll(why, reject);
    }
    return card;
  }
}
