package org.careercoach.desktop.ui.coach;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.interview.Question;

/** The interview tab: a set of questions, each with room to answer and what a good answer shows. */
public final class InterviewView extends VBox {

  private final InterviewViewModel viewModel;
  private final VBox cards = new VBox(10);

  public InterviewView(InterviewViewModel viewModel) {
    super(10);
    this.viewModel = viewModel;
    setId("interview");
    getStyleClass().add("coach-tab");
    Label heading = new Label();
    heading.setId("interview-heading");
    heading.setWrapText(true);
    heading.getStyleClass().add(Styles.TEXT_BOLDER);
    heading.textProperty().bind(viewModel.headingProperty());
    Button next = new Button("New set");
    next.setId("interview-next");
    next.setOnAction(e -> viewModel.next());
    next.setMinWidth(Region.USE_PREF_SIZE);
    Button generate = new Button("From the model (AI)…");
    generate.setId("interview-generate");
    generate.setMinWidth(Region.USE_PREF_SIZE);
    generate.setAccessibleHelp("Questions written by the server's AI model for this draft and job");
    generate.disableProperty().bind(viewModel.generatingProperty());
    generate.setOnAction(e -> confirmThenGenerate());
    Button stop = new Button("Stop");
    stop.setId("interview-generate-stop");
    stop.visibleProperty().bind(viewModel.generatingProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> viewModel.stopGenerating());
    HBox actions = new HBox(8, next, generate, stop);
    actions.setAlignment(Pos.CENTER_LEFT);
    Label offline =
        new Label(
            "Questions from Career Coach's own bank, offline. Type an answer to practise it. With"
                + " AI coaching on, the model can write questions for this draft and job, and"
                + " comment on your answers.");
    offline.setWrapText(true);
    offline.getStyleClass().add(Styles.TEXT_MUTED);
    Label written = new Label();
    written.setId("interview-generated-text");
    written.setWrapText(true);
    written.getStyleClass().add(Styles.TEXT_MUTED);
    written.textProperty().bind(viewModel.generatedTextProperty());
    written.visibleProperty().bind(viewModel.generatingProperty());
    written.managedProperty().bind(written.visibleProperty());
    getChildren().addAll(heading, actions, offline, written, cards);
    viewModel.questions().addListener((ListChangeListener<Question>) change -> draw());
  }

  /** Shows exactly what would be sent; sends only on Send. */
  private void confirmThenGenerate() {
    SendConfirmation.thenAsk(
        getScene().getWindow(),
        "This is exactly what goes to your server, which sends it to its AI provider to write"
            + " interview questions: the job and your headline, positions and skills. Your name"
            + " and contact details are not sent.",
        viewModel.generationMaterial(),
        viewModel::generate);
  }

  private void draw() {
    cards.getChildren().clear();
    int n = 0;
    for (Question q : viewModel.questions()) {
      cards.getChildren().add(card(q, n++));
    }
  }

  private VBox card(Question q, int n) {
    Label kind =
        new Label(
            (q.theme() != null
                ? "Behavioural · " + q.theme()
                : capital(q.kind()) + " · " + q.skill()));
    kind.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    Label question = new Label(q.question());
    question.setWrapText(true);
    question.getStyleClass().add(Styles.TEXT_BOLDER);
    TextArea answer = new TextArea();
    answer.setPromptText("Your answer");
    answer.setWrapText(true);
    answer.setPrefRowCount(3);
    answer.setAccessibleText("Your answer to: " + q.question());
    Label good = new Label("A good answer: " + q.goodAnswer());
    good.setWrapText(true);
    good.setVisible(false);
    good.managedProperty().bind(good.visibleProperty());
    ToggleButton show = new ToggleButton("What a good answer shows");
    show.setId("interview-good-" + n);
    show.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    show.setVisible(!q.goodAnswer().isBlank()); // the model's questions come without one
    show.managedProperty().bind(show.visibleProperty());
    good.visibleProperty().bind(show.selectedProperty());
    AnswerFeedback feedback = viewModel.feedback(q);
    Button ask = new Button("Feedback (AI)…");
    ask.setId("interview-feedback-" + n);
    ask.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    ask.setAccessibleHelp("Feedback on your answer from the server's AI model");
    ask.disableProperty().bind(feedback.writingProperty());
    ask.setOnAction(
        e -> {
          String typed = answer.getText() == null ? "" : answer.getText();
          SendConfirmation.thenAsk(
              getScene().getWindow(),
              "This is exactly what goes to your server, which sends it to its AI provider for"
                  + " feedback: the question and your answer, nothing else.",
              feedback.material(typed),
              () -> feedback.ask(typed));
        });
    Button stop = new Button("Stop");
    stop.setId("interview-feedback-stop-" + n);
    stop.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
    stop.visibleProperty().bind(feedback.writingProperty());
    stop.managedProperty().bind(stop.visibleProperty());
    stop.setOnAction(e -> feedback.stop());
    Label said = new Label();
    said.setId("interview-feedback-text-" + n);
    said.setWrapText(true);
    said.textProperty().bind(feedback.textProperty());
    said.visibleProperty().bind(feedback.textProperty().isNotEmpty());
    said.managedProperty().bind(said.visibleProperty());
    VBox card = new VBox(6, kind, question, answer, new HBox(8, show, ask, stop), good, said);
    card.getStyleClass().add("scorecard-card");
    card.setId("interview-question-" + n);
    return card;
  }

  private static String capital(String word) {
    return word == null || word.isEmpty()
        ? ""
        : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
