package org.careercoach.desktop.ui.coach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.jobmatch.JobFileException;
import org.careercoach.desktop.service.jobmatch.JobMatch;
import org.careercoach.desktop.service.jobmatch.JobMatcher;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.desktop.service.jobmatch.JobPostings;
import org.careercoach.desktop.service.jobmatch.SkillVocabulary;
import org.careercoach.formats.FieldProblem;
import org.careercoach.model.resume.Resume;

/**
 * The job match: a job pasted or imported from a JSON Resume job file, matched against the draft as
 * it is now, off the UI thread: the first match loads the skill list and the embedding model (about
 * a second), never the app's start.
 */
public final class JobMatchViewModel {

  private final TaskExecutor executor;
  private final Supplier<JobMatcher> matcher;
  private final Supplier<Resume> draft;
  private final Clock clock;
  private final StringProperty jobText = new SimpleStringProperty(this, "jobText", "");
  private final ReadOnlyObjectWrapper<JobPosting> job = new ReadOnlyObjectWrapper<>(this, "job");
  private final ReadOnlyObjectWrapper<JobMatch> result =
      new ReadOnlyObjectWrapper<>(this, "result");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private boolean matchedOnce;
  private long generation;

  public JobMatchViewModel(
      TaskExecutor executor, Supplier<JobMatcher> matcher, Supplier<Resume> draft, Clock clock) {
    this.executor = executor;
    this.clock = clock;
    this.matcher = matcher;
    this.draft = draft;
  }

  /** Matches the pasted text. */
  public void match() {
    String text = jobText.get() == null ? "" : jobText.get().strip();
    if (text.isEmpty()) {
      problem.set("Paste a job description first, or import a JSON Resume job file.");
      return;
    }
    run(() -> JobPostings.fromText(text, SkillVocabulary.shipped()));
  }

  /** Matches a JSON Resume job file; its problems are shown when it is not one. */
  public void importFile(Path file) {
    run(
        () -> {
          if (Files.size(file) > JobPostings.MAX_JSON_CHARS) {
            throw new JobFileException(
                List.of(
                    new FieldProblem("$", "is larger than a job posting can be (512 KB at most)")));
          }
          return JobPostings.fromJson(Files.readString(file), SkillVocabulary.shipped());
        });
  }

  private void run(Callable<JobPosting> read) {
    Resume now = draft.get();
    if (now == null) {
      problem.set("Open a draft to match it against a job.");
      return;
    }
    long mine = ++generation;
    busy.set(true);
    problem.set("");
    status.set(matchedOnce ? "Matching…" : "Loading the offline language model (once)…");
    executor.submit(
        () -> {
          JobPosting posting = read.call();
          return new Outcome(posting, matcher.get().match(now, posting));
        },
        outcome -> {
          if (mine != generation) {
            return;
          }
          matchedOnce = true;
          busy.set(false);
          status.set("");
          job.set(outcome.job());
          result.set(outcome.match());
          if (jobText.get() == null || jobText.get().isBlank()) {
            jobText.set(outcome.job().text());
          }
        },
        error -> {
          if (mine != generation) {
            return;
          }
          busy.set(false);
          status.set("");
          problem.set(
              error instanceof JobFileException bad
                  ? bad.getMessage()
                  : "The match failed: " + error.getMessage());
        });
  }

  private record Outcome(JobPosting job, JobMatch match) {}

  /** Today, where the person is: the day a copy is sent unless they say otherwise. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Says what became of an action on the match (a copy recorded as sent). */
  public void tell(String message) {
    problem.set("");
    status.set(message);
  }

  /** Says why an action on the match failed. */
  public void fail(String message) {
    status.set("");
    problem.set(message);
  }

  public StringProperty jobTextProperty() {
    return jobText;
  }

  public ReadOnlyObjectProperty<JobPosting> jobProperty() {
    return job.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<JobMatch> resultProperty() {
    return result.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
