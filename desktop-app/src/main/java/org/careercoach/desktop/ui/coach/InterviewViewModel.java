package org.careercoach.desktop.ui.coach;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.coaching.GeneratedQuestions;
import org.careercoach.desktop.service.coaching.InterviewMaterial;
import org.careercoach.desktop.service.interview.InterviewPlanner;
import org.careercoach.desktop.service.interview.Question;
import org.careercoach.desktop.service.interview.QuestionBank;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.resume.Resume;

/**
 * Interview practice: a set of questions for the draft and, once one is matched, the job; "New set"
 * gives the next questions. Offline from the bank, read on the first set (never at the app's
 * start), off the UI thread. With AI coaching on, the server's model can write a set instead, and
 * comment on a typed answer.
 */
public final class InterviewViewModel {

  static final int SET_SIZE = 10;

  private final Supplier<InterviewPlanner> planner;
  private final Supplier<Resume> draft;
  private final Supplier<JobPosting> job;
  private final ObservableList<Question> questions = FXCollections.observableArrayList();
  private final ObservableList<Question> readOnly =
      FXCollections.unmodifiableObservableList(questions);
  private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
  private final TaskExecutor executor;
  private final Supplier<CoachingAccess.Access> coaching;
  private final ModelReply generated;
  private int round;
  private boolean started;
  private long generation;

  public InterviewViewModel(
      Supplier<InterviewPlanner> planner,
      Supplier<Resume> draft,
      Supplier<JobPosting> job,
      TaskExecutor executor,
      Supplier<CoachingAccess.Access> coaching) {
    this.executor = executor;
    this.coaching = coaching;
    this.generated = new ModelReply(executor);
    this.planner = planner;
    this.draft = draft;
    this.job = job;
  }

  /** Whether a set has been drawn since the editor opened. */
  public boolean started() {
    return started;
  }

  /** A first set for the draft as it is now (and the matched job, if any). */
  public void start() {
    started = true;
    round = 0;
    draw();
  }

  /** The next set: questions not yet shown come first. */
  public void next() {
    round++;
    draw();
  }

  private void draw() {
    Resume now = draft.get();
    if (now == null) {
      questions.clear();
      heading.set("Open a draft to practise for it.");
      return;
    }
    JobPosting posting = job.get();
    int asked = round;
    long mine = ++generation;
    // The first set reads the bank and the skill list: off the UI thread.
    executor.submit(
        () -> planner.get().plan(now, posting, SET_SIZE, asked),
        set -> {
          if (mine == generation) {
            show(set, posting);
          }
        },
        error -> heading.set("The questions could not be drawn: " + error.getMessage()));
  }

  private void show(InterviewPlanner.PracticeSet set, JobPosting posting) {
    questions.setAll(set.questions());
    List<String> roles = set.roles().stream().map(QuestionBank.Role::title).toList();
    String forWhat = forWhat(posting);
    heading.set(
        roles.isEmpty()
            ? "Behavioural questions "
                + forWhat
                + " (no role recognised: add a headline or a job to get role questions)"
            : String.join(" · ", roles) + " questions " + forWhat);
  }

  private static String forWhat(JobPosting posting) {
    return posting != null && !posting.title().isBlank()
        ? "for " + posting.title()
        : "for this draft";
  }

  /**
   * Exactly what asking the model for questions sends: the matched job and the draft's headline,
   * positions and skills. Empty when nothing would be sent (no draft, nothing to ask about, or AI
   * coaching unavailable): {@link #generate} then says why.
   */
  public String generationMaterial() {
    Resume now = draft.get();
    return now == null || coaching.get().client().isEmpty()
        ? ""
        : InterviewMaterial.of(now, job.get());
  }

  /** Questions written by the server's model for the draft and the job, instead of the bank's. */
  public void generate() {
    Resume now = draft.get();
    if (now == null) {
      heading.set("Open a draft to practise for it.");
      return;
    }
    JobPosting posting = job.get();
    String material = InterviewMaterial.of(now, posting);
    CoachingAccess.Access access = coaching.get();
    if (material.isEmpty()) {
      heading.set(
          "Add a headline, a position or skills, or match a job: the model needs something to"
              + " ask about.");
      return;
    }
    if (access.client().isEmpty()) {
      heading.set(access.reason() + " Until then, the questions come from Career Coach's bank.");
      return;
    }
    generation++; // a set still being drawn from the bank must not replace the model's
    heading.set("The model is writing questions…");
    generated.ask(
        access.client().get(),
        CoachingClient.Task.INTERVIEW_QUESTIONS,
        material,
        (text, cached, tokens, complete) -> showGenerated(text, cached, posting),
        heading::set);
  }

  private void showGenerated(String text, boolean cached, JobPosting posting) {
    List<Question> written = GeneratedQuestions.read(text);
    if (written.isEmpty()) {
      heading.set("The model's reply held no questions. Ask again, or take a New set.");
      return;
    }
    started = true;
    questions.setAll(written);
    heading.set(
        written.size()
            + " questions from the server's AI model "
            + forWhat(posting)
            + (cached ? " · asked before, so they cost nothing" : ""));
  }

  /** Stop: the model stops writing; the questions shown stay. */
  public void stopGenerating() {
    if (generated.stop()) {
      heading.set("Stopped. The questions shown are unchanged.");
    }
  }

  /** The model's questions as they are written. */
  public ReadOnlyStringProperty generatedTextProperty() {
    return generated.textProperty();
  }

  public ReadOnlyBooleanProperty generatingProperty() {
    return generated.writingProperty();
  }

  /** Feedback from the server's model on a typed answer to {@code question}. */
  public AnswerFeedback feedback(Question question) {
    return new AnswerFeedback(question, executor, coaching);
  }

  public ObservableList<Question> questions() {
    return readOnly;
  }

  public ReadOnlyStringProperty headingProperty() {
    return heading.getReadOnlyProperty();
  }
}
