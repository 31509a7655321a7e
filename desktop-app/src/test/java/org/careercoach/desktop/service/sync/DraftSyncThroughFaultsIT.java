package org.careercoach.desktop.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import org.careercoach.desktop.service.store.DraftStore;
import org.careercoach.desktop.service.store.LocalDraft;
import org.careercoach.desktop.service.sync.Step.Scenario;
import org.careercoach.desktop.support.DraftsApi;
import org.careercoach.desktop.support.FaultyProxy;
import org.careercoach.desktop.support.FaultyProxy.Fault;
import org.careercoach.desktop.support.FaultyProxy.Plan;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.careercoach.model.api.Draft;

/**
 * The same scenarios through connections cut mid-request and mid-response and delayed at random.
 * Each scenario runs twice, on two accounts: once cleanly, once through faults (each sync step
 * tried again until a pass completes, as the engine does by itself). Both must converge and lose
 * nothing, and the server must end in the <em>same</em> state in both, versions included: a change
 * applied twice shows as a higher version, a lost answer taken for someone else's edit as a
 * conflicted copy the clean run does not have, a change lost as a missing marker.
 */
@AddLifecycleHook(LongRuns.class)
class DraftSyncThroughFaultsIT {

  private Path folder;

  @BeforeTry
  void makeFolder() throws IOException {
    folder = Files.createTempDirectory("sync-faults");
  }

  @AfterTry
  void removeFolder() throws IOException {
    DraftSyncConvergenceIT.deleteTree(folder);
  }

  @Property(tries = 15, seed = "16017", maxDiscardRatio = 1)
  void cutAndDelayedConnectionsChangeNothingInTheOutcome(
      @ForAll("scenarios") Scenario scenario, @ForAll("faultSeeds") long faultSeed)
      throws Exception {
    SyncServer server = SyncServer.shared();
    List<String> clean;
    try (SyncWorld world =
        new SyncWorld(server, scenario.devices(), folder.resolve("clean"), false)) {
      play(world, scenario);
      clean = world.serverStateWithVersions();
    }
    try (SyncWorld world =
        new SyncWorld(server, scenario.devices(), folder.resolve("faulty"), true)) {
      for (int i = 0; i < world.size(); i++) {
        world.proxy(i).plan(Plan.random(faultSeed + i, 0.3, 0.4, 400, 0.2, Duration.ofMillis(40)));
      }
      play(world, scenario);
      assertThat(world.serverStateWithVersions())
          .as("the server after the faulty run, against the clean run")
          .isEqualTo(clean);
      Statistics.label("connections cut").collect(world.cuts() == 0 ? "none" : "some");
      Statistics.label("conflicted copies made")
          .collect(world.conflictedCopies() == 0 ? "none" : "some");
    }
    Statistics.label("connections cut")
        .coverage(coverage -> coverage.check("some").percentage(p -> p >= 30));
  }

  /** Runs the scenario, settles, and checks what every run must satisfy. */
  private static void play(SyncWorld world, Scenario scenario) throws Exception {
    world.start();
    for (Step step : scenario.steps()) {
      world.run(step);
    }
    world.settle();
    world.assertConverged();
    world.assertNothingLost();
    world.assertNoChangeAppliedTwice();
  }

  /**
   * The exact case idempotency keys exist for: the server stored a change and its answer was lost.
   * The device must send that request again exactly (same key: the server replays its answer), even
   * after the person typed more meanwhile; so each change is applied once, in order, and no
   * conflicted copy appears on a device that edits alone.
   */
  @Example
  void aLostAnswerIsSentAgainAndAppliedOnceEvenAfterMoreTyping() throws Exception {
    SyncServer server = SyncServer.shared();
    String email = SyncServer.uniqueEmail("lost-answer");
    String password = "lost answers passphrase " + UUID.randomUUID();
    server.register(email, password, "Lost Answer");
    DraftsApi referee = new DraftsApi(server.address(), email, password);
    try (FaultyProxy proxy = FaultyProxy.to(server.address());
        HeadlessDevice device =
            HeadlessDevice.signIn(proxy.address(), email, password, folder.resolve("a"), "A")) {
      DraftStore store = device.drafts();
      LocalDraft draft = store.create("Alone", Contents.resume("Summary mark-0", List.of()));
      device.syncOnce();
      int stored = 1;
      int lostAfterApplied = 0;
      for (int edit = 1; edit <= 8; edit++) {
        draft = store.find(draft.id()).orElseThrow();
        store.save(draft.id(), draft.title(), Contents.withLine(draft.resume(), "mark-" + edit));
        // The client retries a request on a fresh connection by itself: cut the next few, so the
        // lost answer reaches the engine.
        Fault lost = Fault.cutResponseAfter(edit % 2 == 0 ? 0 : 40);
        proxy.cutAll();
        proxy.failNext(lost, lost, lost, lost);
        boolean failed = syncFails(device);
        Draft atServer = referee.everything().get(draft.id());
        if (failed && atServer.version() == stored + 1 && !device.replica().inFlight().isEmpty()) {
          lostAfterApplied++;
          // Typed while the answer was lost: the old request goes first, then this one.
          draft = store.find(draft.id()).orElseThrow();
          store.save(draft.id(), draft.title(), Contents.withLine(draft.resume(), "more-" + edit));
          stored++;
        }
        while (syncFails(device)) {
          // The proxy lets the next connection through: a failure here is one more cut, retried.
        }
        stored++;
        assertThat(referee.everything().get(draft.id()).version())
            .as("server version after edit %d", edit)
            .isEqualTo(stored);
      }
      assertThat(lostAfterApplied).as("answers lost after the server applied them").isPositive();
      assertThat(referee.live()).as("no conflicted copy on a device that edits alone").hasSize(1);
      Draft last = referee.live().get(0);
      assertThat(Contents.text(last.resume()))
          .contains("mark-1\"", "mark-8\"", "more-")
          .isEqualTo(Contents.text(store.find(draft.id()).orElseThrow().resume()));
      assertThat(device.sync().conflicts()).isEmpty();
    }
  }

  private static boolean syncFails(HeadlessDevice device) {
    try {
      device.syncOnce();
      return false;
    } catch (IOException cut) {
      return true;
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Step.scenarios(20);
  }

  @Provide
  Arbitrary<Long> faultSeeds() {
    return Arbitraries.longs().withoutEdgeCases();
  }
}
