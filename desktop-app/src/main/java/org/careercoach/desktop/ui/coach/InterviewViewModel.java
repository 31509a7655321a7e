package org.careercoach.desktop.ui.coach;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.interview.InterviewPlanner;
import org.careercoach.desktop.service.interview.Question;
import org.careercoach.desktop.service.interview.QuestionBank;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.resume.Resume;

/**
 * Interview practice: a set of questions for the draft and, once one is matched, the job; "New set"
 * gives the next questions. Offline from the bank, read on the first set (never at the app's
 * start), drawn on the UI thread: a set takes under a millisecond.
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
  private final Supplier<Optional<CoachingClient>> coaching;
  private int round;
  private boolean started;
  private long generation;

  public InterviewViewModel(
      Supplier<InterviewPlanner> planner,
      Supplier<Resume> draft,
      Supplier<JobPosting> job,
      TaskExecutor executor,
      Supplier<Optional<CoachingClient>> coaching) {
    this.executor = executor;
    this.coaching = coaching;
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
    String forWhat =
        posting != null && !posting.title().isBlank() ? "for " + posting.title() : "for this draft";
    heading.set(
        roles.isEmpty()
            ? "Behavioural questions "
                + forWhat
                + " (no role recognised: add a headline or a job to get role questions)"
            : String.join(" · ", roles) + " questions " + forWhat);
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
