package org.careercoach.desktop.ui.coach;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingAccess;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.coaching.Proposal;
import org.careercoach.desktop.service.coaching.Proposals;
import org.careercoach.desktop.service.coaching.RewriteMaterial;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.resume.Resume;

/**
 * Rewrite suggestions from the server's model: what would be sent (shown before it goes), the reply
 * as it is written (with Stop), then one proposal per field, each accepted or rejected by the
 * person. An accepted proposal is applied as an ordinary edit, so Undo takes it back; a proposal
 * that states facts the draft does not (numbers, names, degrees) is shown but cannot be accepted.
 */
public final class RewriteViewModel {

  private static final Pattern HIGHLIGHT = Pattern.compile("work\\[(\\d+)]\\.highlights\\[(\\d+)]");

  /** Applies a proposal to the open draft; false when the field changed since it was sent. */
  @FunctionalInterface
  public interface Applier {
    boolean apply(Proposal proposal);
  }

  private final Supplier<CoachingAccess.Access> access;
  private final Supplier<Resume> draft;
  private final ReadOnlyObjectProperty<JobPosting> job;
  private final Applier applier;
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
  private final ObservableList<Proposal> readOnly =
      FXCollections.unmodifiableObservableList(proposals);
  private final ModelReply reply;
  private Resume sent;
  private List<String> watched = List.of(); // the skills of the job a request went toward

  public RewriteViewModel(
      TaskExecutor executor,
      Supplier<CoachingAccess.Access> access,
      Supplier<Resume> draft,
      ReadOnlyObjectProperty<JobPosting> job,
      Applier applier) {
    this.reply = new ModelReply(executor);
    this.access = access;
    this.draft = draft;
    this.job = job;
    this.applier = applier;
  }

  /**
   * Exactly what a request would send now, shown to the person before they send it; empty when
   * nothing would be sent (nothing to rewrite, or AI coaching unavailable): {@link #ask} says why.
   */
  public String material() {
    return material(null);
  }

  /** As {@link #material()}, for rephrasing toward the matched job: the job's ad goes first. */
  public String materialTowardJob() {
    return job.get() == null ? "" : material(job.get());
  }

  private String material(JobPosting toward) {
    Resume now = draft.get();
    if (now == null || access.get().client().isEmpty() || RewriteMaterial.fields(now).isEmpty()) {
      return "";
    }
    return toward == null ? RewriteMaterial.of(now) : RewriteMaterial.towardJob(now, toward);
  }

  /** Sends the draft's summary and highlights to the server's model. */
  public void ask() {
    ask(null);
  }

  /**
   * Sends them with the matched job, to be rephrased toward it: the Tailor step a model adds.
   * Proposals that add a skill the job asks for and the draft does not state are not offered.
   */
  public void askTowardJob() {
    if (job.get() == null) {
      status.set("Match a job first (Job match tab): the rephrasing goes toward it.");
      return;
    }
    ask(job.get());
  }

  private void ask(JobPosting toward) {
    Resume now = draft.get();
    if (now == null || RewriteMaterial.fields(now).isEmpty()) {
      status.set("Write a summary or highlights first: they are what gets rewritten.");
      return;
    }
    CoachingAccess.Access access = this.access.get();
    if (access.client().isEmpty()) {
      status.set(access.reason() + " The review above works offline.");
      return;
    }
    sent = now;
    watched =
        toward == null
            ? List.of()
            : Stream.concat(toward.required().stream(), toward.niceToHave().stream()).toList();
    proposals.clear();
    status.set(
        toward == null ? "The model is writing…" : "The model is rephrasing toward the job…");
    reply.ask(
        access.client().get(),
        toward == null ? CoachingClient.Task.REWRITE : CoachingClient.Task.TAILOR,
        toward == null ? RewriteMaterial.of(now) : RewriteMaterial.towardJob(now, toward),
        this::finish,
        status::set);
  }

  private void finish(String text, boolean cached, long tokens, boolean complete) {
    proposals.setAll(Proposals.read(text, sent, watched));
    long refused = proposals.stream().filter(p -> !p.acceptable()).count();
    status.set(
        proposals.size()
            + (proposals.size() == 1 ? " suggestion" : " suggestions")
            + (refused > 0
                ? " (" + refused + " not offered: they add facts your draft does not state)"
                : "")
            + (cached ? " · asked before, so it cost nothing" : " · " + tokens + " tokens")
            + (complete ? "" : " · the reply was cut at its length limit"));
  }

  /** Stop: the reply ends where it is, and the server stops writing (and paying for) it. */
  public void stop() {
    if (reply.stop()) {
      status.set("Stopped. Nothing was changed.");
    }
  }

  /** Applies one proposal as an ordinary edit (Undo takes it back) and takes it off the list. */
  public void accept(Proposal proposal) {
    if (!proposal.acceptable()) {
      return;
    }
    if (applier.apply(proposal)) {
      proposals.remove(proposal);
      status.set("Applied. Undo (Ctrl+Z) takes it back.");
    } else {
      status.set("That field changed since it was sent, so the suggestion was not applied.");
    }
  }

  /** Where a proposal goes, in words: "Summary", "Pied Piper, highlight 2". */
  public String where(Proposal proposal) {
    Matcher m = HIGHLIGHT.matcher(proposal.path());
    if (!m.matches() || sent == null || sent.work() == null) {
      return proposal.path().equals("basics.summary") ? "Summary" : proposal.path();
    }
    int job = Integer.parseInt(m.group(1));
    String name =
        job < sent.work().size() && sent.work().get(job).name() != null
            ? sent.work().get(job).name()
            : "Job " + (job + 1);
    return name + ", highlight " + (Integer.parseInt(m.group(2)) + 1);
  }

  /** Drops one proposal; the draft is untouched. */
  public void reject(Proposal proposal) {
    proposals.remove(proposal);
  }

  /** The job matched in the Job match tab, which rephrasing goes toward; null before one is. */
  public ReadOnlyObjectProperty<JobPosting> jobProperty() {
    return job;
  }

  public ObservableList<Proposal> proposals() {
    return readOnly;
  }

  public ReadOnlyStringProperty writtenProperty() {
    return reply.textProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty writingProperty() {
    return reply.writingProperty();
  }
}
