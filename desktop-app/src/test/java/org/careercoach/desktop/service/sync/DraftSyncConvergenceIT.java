package org.careercoach.desktop.service.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import org.careercoach.desktop.service.sync.Step.Scenario;
import org.careercoach.desktop.support.SyncServer;

/**
 * Convergence, property-based (issue 16): two or three devices (real engines, each on its own data
 * folder, each behind its own proxy to the real server jar) run random sequences of create, edit,
 * rename, trash, restore and delete, go offline and online and sync in random orders. Then all come
 * online and sync until quiet, and: every device has the drafts the server has, to the letter
 * (titles, resumes, Trash); every edit anyone made is in some draft (its own or a conflicted copy)
 * unless a person removed it on purpose ({@link Ledger}); no draft's version grew past the changes
 * made to it.
 *
 * <p>CI runs 50 tries from a fixed seed; a long run: {@code ./mvnw -o -pl desktop-app -am verify
 * -Dit.test=DraftSyncConvergenceIT -Djqwik.tries=2000 -Djqwik.seed=random} (docs/sync-testing.md).
 */
@AddLifecycleHook(LongRuns.class)
class DraftSyncConvergenceIT {

  private Path folder;

  @BeforeTry
  void makeFolder() throws IOException {
    folder = Files.createTempDirectory("sync-converge");
  }

  @AfterTry
  void removeFolder() throws IOException {
    deleteTree(folder);
  }

  @Property(tries = 50, seed = "16016", maxDiscardRatio = 1)
  void everyDeviceEndsWithTheServersDraftsAndNoEditIsLost(@ForAll("scenarios") Scenario scenario)
      throws Exception {
    try (SyncWorld world = new SyncWorld(SyncServer.shared(), scenario.devices(), folder, false)) {
      world.start();
      for (Step step : scenario.steps()) {
        world.run(step);
      }
      world.settle();
      world.assertConverged();
      world.assertNothingLost();
      world.assertNoChangeAppliedTwice();
      Statistics.label("devices").collect(scenario.devices());
      Statistics.label("conflicted copies made")
          .collect(world.conflictedCopies() == 0 ? "none" : "some");
      Statistics.label("edits written").collect(world.markersWritten() < 5 ? "< 5" : ">= 5");
    }
    // A generator that never makes two devices change one draft apart would prove little.
    Statistics.label("conflicted copies made")
        .coverage(coverage -> coverage.check("some").percentage(p -> p >= 10));
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Step.scenarios(30);
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
