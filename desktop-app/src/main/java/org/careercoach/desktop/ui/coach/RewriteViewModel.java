package org.careercoach.desktop.ui.coach;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.desktop.service.TaskExecutor;
import org.careercoach.desktop.service.coaching.CoachingClient;
import org.careercoach.desktop.service.coaching.Proposal;
import org.careercoach.desktop.service.coaching.Proposals;
import org.careercoach.desktop.service.coaching.RewriteMaterial;
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

  private final TaskExecutor executor;
  private final Supplier<Optional<CoachingClient>> client;
  private final Supplier<Resume> draft;
  private final Applier applier;
  private final ReadOnlyStringWrapper written = new ReadOnlyStringWrapper(this, "written", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
  private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
  private final ObservableList<Proposal> readOnly =
      FXCollections.unmodifiableObservableList(proposals);
  private CoachingClient.Reply reply;
  private Resume sent;

  public RewriteViewModel(
      TaskExecutor executor,
      Supplier<Optional<CoachingClient>> client,
      Supplier<Resume> draft,
      Applier applier) {
    this.executor = executor;
    this.client = client;
    this.draft = draft;
    this.applier = applier;
  }

  /** Exactly what a request would send now: shown to the person before they send it. */
  public String material() {
    Resume now = draft.get();
    return now == null ? "" : RewriteMaterial.of(now);
  }

  /** Sends the draft's summary and highlights to the server's model. */
  public void ask() {
    Resume now = draft.get();
    Optional<CoachingClient> coaching = client.get();
    if (now == null || RewriteMaterial.fields(now).isEmpty()) {
      status.set("Write a summary or highlights first: they are what gets rewritten.");
      return;
    }
    if (coaching.isEmpty()) {
      status.set(
          "Sign in to a Career Coach server with an AI model to get rewrite suggestions. The"
              + " review above works offline.");
      return;
    }
    stop();
    sent = now;
    proposals.clear();
    written.set("");
    writing.set(true);
    status.set("The model is writing…");
    StringBuilder text = new StringBuilder();
    reply =
        coaching
            .get()
            .ask(
                CoachingClient.Task.REWRITE,
                RewriteMaterial.of(now),
                new CoachingClient.Listener() {
                  @Override
                  public void text(String piece) {
                    executor.deliver(
                        () -> {
                          text.append(piece);
                          written.set(text.toString());
                        });
                  }

                  @Override
                  public void done(boolean cached, long tokens, boolean complete) {
                    executor.deliver(() -> finish(text.toString(), cached, tokens, complete));
                  }

                  @Override
                  public void failed(String message) {
                    executor.deliver(
                        () -> {
                          writing.set(false);
                          status.set(message);
                        });
                  }
                });
  }

  private void finish(String text, boolean cached, long tokens, boolean complete) {
    writing.set(false);
    proposals.setAll(Proposals.read(text, sent));
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
    if (reply != null && writing.get()) {
      reply.stop();
      writing.set(false);
      status.set("Stopped. Nothing was changed.");
    }
    reply = null;
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

  public ObservableList<Proposal> proposals() {
    return readOnly;
  }

  public ReadOnlyStringProperty writtenProperty() {
    return written.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty writingProperty() {
    return writing.getReadOnlyProperty();
  }
}
