package org.careercoach.desktop.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.support.DraftsApi;
import org.careercoach.desktop.support.FaultyProxy;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.Draft;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;

/**
 * One account, two or three devices (each a real engine on its own data folder, behind its own
 * {@link FaultyProxy} to the real server), the {@link Ledger} of what their people did, and the
 * checks at the end. Engines run in manual mode: a device syncs only when a step says so, so a
 * scenario is the same story every time it runs (and shrinks to a readable one).
 */
final class SyncWorld implements AutoCloseable {

  /**
   * How many times a sync is tried before a scenario gives up on a device that stays unreachable.
   */
  private static final int ATTEMPTS = 60;

  final String email;
  final DraftsApi referee;
  private final List<FaultyProxy> proxies = new ArrayList<>();
  private final List<HeadlessDevice> devices = new ArrayList<>();
  private final Ledger ledger = new Ledger();
  private final boolean retryCutSyncs;
  private int step;
  private int conflictedCopies;
  private int fullResyncs;

  /**
   * @param retryCutSyncs whether each sync starts on a fresh connection (the open ones are cut)
   *     and, when it fails while its device is online (a cut connection), is tried again until it
   *     succeeds, as the engine would by itself
   */
  SyncWorld(SyncServer server, int deviceCount, Path folder, boolean retryCutSyncs)
      throws IOException, InterruptedException {
    this.retryCutSyncs = retryCutSyncs;
    this.email = SyncServer.uniqueEmail("converge");
    String password = "converging passphrase " + UUID.randomUUID();
    server.register(email, password, "Converging");
    this.referee = new DraftsApi(server.address(), email, password);
    for (int i = 0; i < deviceCount; i++) {
      FaultyProxy proxy = FaultyProxy.to(server.address());
      proxies.add(proxy);
      devices.add(
          HeadlessDevice.signIn(
              proxy.address(),
              email,
              password,
              folder.resolve("device-" + Step.name(i)),
              Step.name(i)));
    }
  }

  FaultyProxy proxy(int device) {
    return proxies.get(device % proxies.size());
  }

  HeadlessDevice device(int device) {
    return devices.get(device % devices.size());
  }

  int size() {
    return devices.size();
  }

  /**
   * How every scenario starts (its {@code toString} says so): A creates two drafts and every device
   * syncs, so the random steps meet shared drafts from the first one.
   */
  void start() throws IOException {
    run(new Step.Create(0));
    run(new Step.Create(0));
    for (int i = 0; i < devices.size(); i++) {
      run(new Step.Sync(i));
    }
  }

  /** Runs one step of a scenario. */
  void run(Step next) throws IOException {
    step++;
    int index = next.device() % devices.size();
    HeadlessDevice device = devices.get(index);
    DraftStore store = device.drafts();
    String who = Step.name(index);
    if (next instanceof Step.Create) {
      String marker = ledger.write(step, who);
      LocalDraft made =
          store.create("Draft " + step, Contents.resume("Summary " + marker, List.of()));
      ledger.created(made.id());
    } else if (next instanceof Step.AddLine add) {
      LocalDraft draft = pick(store, add.pick(), false);
      if (draft != null) {
        String marker = ledger.write(step, who);
        store.save(draft.id(), draft.title(), Contents.withLine(draft.resume(), marker));
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Rewrite rewrite) {
      LocalDraft draft = pick(store, rewrite.pick(), false);
      if (draft != null) {
        String marker = ledger.write(step, who);
        ledger.removedOnPurpose(Objects.toString(Contents.summary(draft.resume()), ""));
        store.save(draft.id(), draft.title(), Contents.withSummary(draft.resume(), marker));
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Rename rename) {
      LocalDraft draft = pick(store, rename.pick(), false);
      if (draft != null) {
        store.rename(draft.id(), "Draft renamed in step " + step);
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Trash trash) {
      LocalDraft draft = pick(store, trash.pick(), false);
      if (draft != null) {
        store.moveToTrash(draft.id());
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Restore restore) {
      LocalDraft draft = pick(store, restore.pick(), true);
      if (draft != null) {
        store.restoreFromTrash(draft.id());
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Delete delete) {
      LocalDraft draft = pickAny(store, delete.pick());
      if (draft != null) {
        ledger.removedOnPurpose(Contents.text(draft.resume()));
        store.deleteForever(draft.id());
        ledger.changed(draft.id());
      }
    } else if (next instanceof Step.Offline) {
      proxies.get(index).offline();
    } else if (next instanceof Step.Online) {
      proxies.get(index).online();
    } else if (next instanceof Step.Sync) {
      sync(index);
    } else {
      throw new IllegalArgumentException("Unknown step " + next);
    }
  }

  /**
   * One sync of a device. Offline it fails, as it should. Online, through cut connections, it is
   * tried again until a pass completes (when the world retries), as the engine does by itself.
   */
  SyncReport sync(int index) {
    HeadlessDevice device = devices.get(index);
    FaultyProxy proxy = proxies.get(index);
    IOException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      if (retryCutSyncs) {
        proxy.cutAll(); // A fresh connection for each try, so the proxy's faults keep coming.
      }
      try {
        SyncReport report = device.syncOnce();
        conflictedCopies += report.conflicts();
        fullResyncs += report.fullResync() ? 1 : 0;
        if (report.massDeletion().isEmpty()) {
          return report;
        }
        // Another device deleted most drafts: the person here confirms, and the pull goes on.
        device.sync().answerMassDeletion(true);
      } catch (IOException failed) {
        last = failed;
        if (!proxy.isOnline()) {
          return null; // Offline: failing is right; the changes wait.
        }
        if (!retryCutSyncs) {
          throw new AssertionError(Step.name(index) + " could not sync while online", failed);
        }
      }
    }
    throw new AssertionError(
        Step.name(index)
            + " did not finish a sync through the proxy in "
            + ATTEMPTS
            + " tries; the last failure: "
            + last,
        last);
  }

  /**
   * Everyone online, faults off, and syncs round after round until nobody has anything to send and
   * every device shows what the server holds. Fails if that never happens.
   */
  void settle() throws IOException {
    for (FaultyProxy proxy : proxies) {
      proxy.online();
      proxy.plan(FaultyProxy.Plan.none());
    }
    Map<String, Snapshot> server = null;
    for (int round = 1; round <= 6; round++) {
      for (int i = 0; i < devices.size(); i++) {
        sync(i);
      }
      server = serverState();
      boolean same = true;
      for (HeadlessDevice device : devices) {
        same &= device.replica().waiting() == 0 && localState(device.drafts()).equals(server);
      }
      if (same) {
        return;
      }
    }
    StringBuilder differences = new StringBuilder("The devices never agreed with the server.");
    differences.append("\nServer:").append(describe(server));
    for (int i = 0; i < devices.size(); i++) {
      differences
          .append("\n")
          .append(Step.name(i))
          .append(" (waiting ")
          .append(devices.get(i).replica().waiting())
          .append("):")
          .append(describe(localState(devices.get(i).drafts())));
    }
    throw new AssertionError(differences.toString());
  }

  /** After {@link #settle()}: every device has the drafts the server has, to the letter. */
  void assertConverged() throws IOException {
    Map<String, Snapshot> server = serverState();
    for (int i = 0; i < devices.size(); i++) {
      assertThat(localState(devices.get(i).drafts()))
          .as("drafts on device %s compared with the server's", Step.name(i))
          .isEqualTo(server);
    }
  }

  /** Every marker written is in some draft, unless a person removed it on purpose. */
  void assertNothingLost() throws IOException {
    Set<String> present = new TreeSet<>();
    for (Draft draft : referee.live()) {
      present.addAll(Ledger.markersIn(Contents.text(draft.resume())));
    }
    assertThat(ledger.missingFrom(present)).as("markers lost").isEmpty();
  }

  /**
   * No draft's server version grew by more than the changes people made to it: a change applied
   * twice (a retry without its idempotency key, say) would push a version past it. A conflicted
   * copy, made by an engine, counts one change more (its creation).
   */
  void assertNoChangeAppliedTwice() throws IOException {
    for (Draft draft : referee.everything().values()) {
      int allowed = ledger.changesTo(draft.id()) + (ledger.createdByAStep(draft.id()) ? 0 : 1);
      assertThat(draft.version())
          .as(
              "server version of \"%s\" (%s) against the changes made to it",
              draft.title(), draft.id())
          .isLessThanOrEqualTo(allowed);
    }
  }

  /**
   * The server's drafts with their versions but without ids (which differ from run to run): equal
   * for two runs of the same scenario when each sync had the same effect in both.
   */
  List<String> serverStateWithVersions() throws IOException {
    List<String> drafts = new ArrayList<>();
    for (Draft draft : referee.everything().values()) {
      drafts.add(
          (draft.deleted() ? "deleted" : draft.trashedAt() != null ? "trashed" : "live")
              + " v"
              + draft.version()
              + " \""
              + draft.title()
              + "\" "
              + (draft.resume() == null ? "" : Contents.text(draft.resume())));
    }
    drafts.sort(Comparator.naturalOrder());
    return drafts;
  }

  /** Conflicted copies the engines made: the scenario exercised concurrent edits. */
  int conflictedCopies() {
    return conflictedCopies;
  }

  /** Connections the proxies cut mid-request or mid-response so far. */
  long cuts() {
    long cuts = 0;
    for (FaultyProxy proxy : proxies) {
      cuts += proxy.counts().cutMidRequest() + proxy.counts().cutMidResponse();
    }
    return cuts;
  }

  int fullResyncs() {
    return fullResyncs;
  }

  int markersWritten() {
    return ledger.writtenCount();
  }

  private Map<String, Snapshot> serverState() throws IOException {
    Map<String, Snapshot> state = new TreeMap<>();
    for (Draft draft : referee.live()) {
      state.put(
          draft.id().toString(),
          new Snapshot(draft.title(), tree(draft.resume()), draft.trashedAt() != null));
    }
    return state;
  }

  private static Map<String, Snapshot> localState(DraftStore store) {
    Map<String, Snapshot> state = new TreeMap<>();
    List<DraftSummary> all = new ArrayList<>(store.list(DraftSort.TITLE));
    all.addAll(store.trash());
    for (DraftSummary summary : all) {
      LocalDraft draft = store.find(summary.id()).orElseThrow();
      state.put(
          draft.id().toString(),
          new Snapshot(draft.title(), tree(draft.resume()), draft.trashed()));
    }
    return state;
  }

  /** One line per draft: short id, title, Trash, the markers in its text. */
  private static String describe(Map<String, Snapshot> state) {
    StringBuilder text = new StringBuilder();
    state.forEach(
        (id, draft) ->
            text.append("\n    ")
                .append(id, 0, 8)
                .append(" \"")
                .append(draft.title())
                .append("\"")
                .append(draft.trashed() ? " (trashed) " : " ")
                .append(Ledger.markersIn(draft.resume().toString())));
    return text.toString();
  }

  /** A draft as both sides must agree on it. */
  record Snapshot(String title, JsonNode resume, boolean trashed) {}

  private static JsonNode tree(Resume resume) {
    return CoachJson.mapper().valueToTree(resume);
  }

  /**
   * The {@code pick}-th draft on the device in or out of the Trash, in an order that is the same in
   * every run of a scenario (titles and text, not ids); null when there is none.
   */
  private static LocalDraft pick(DraftStore store, int pick, boolean trashed) {
    List<DraftSummary> summaries = trashed ? store.trash() : store.list(DraftSort.TITLE);
    return nth(store, summaries, pick);
  }

  private static LocalDraft pickAny(DraftStore store, int pick) {
    List<DraftSummary> summaries = new ArrayList<>(store.list(DraftSort.TITLE));
    summaries.addAll(store.trash());
    return nth(store, summaries, pick);
  }

  private static LocalDraft nth(DraftStore store, List<DraftSummary> summaries, int pick) {
    if (summaries.isEmpty()) {
      return null;
    }
    List<LocalDraft> drafts = new ArrayList<>();
    for (DraftSummary summary : summaries) {
      drafts.add(store.find(summary.id()).orElseThrow());
    }
    drafts.sort(
        Comparator.comparing(LocalDraft::title)
            .thenComparing(draft -> draft.trashed())
            .thenComparing(draft -> Contents.text(draft.resume())));
    return drafts.get(pick % drafts.size());
  }

  @Override
  public void close() {
    for (HeadlessDevice device : devices) {
      device.close();
    }
    for (FaultyProxy proxy : proxies) {
      proxy.close();
    }
  }
}
