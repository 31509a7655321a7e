package org.careercoach.desktop.service.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.careercoach.desktop.support.FaultyProxy;
import org.careercoach.desktop.support.FaultyProxy.Fault;
import org.careercoach.desktop.support.HeadlessDevice;
import org.careercoach.desktop.support.SyncServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server goes away under the devices: it restarts in the middle of a sync; it comes back from
 * an older backup (its change log has lost what the devices saw, so their cursors answer 410 and
 * they resync in full). Each time, once everyone syncs again, the devices agree with the server and
 * no edit is lost. A server of this class's own (not the shared one), stopped and started on the
 * same data folder and port; access tokens live an hour, so no refresh token is rotated after the
 * backup (a restored server would not know it: that is sign-in's business, not sync's).
 */
class DraftSyncServerRestartIT {

  private static Path data;
  private static SyncServer server;
  private Path folder;

  @BeforeAll
  static void startServer() throws Exception {
    data = Files.createTempDirectory("sync-restart-server");
    // Tombstones kept one day, purged every second: a clock moved two days on purges at once.
    server =
        SyncServer.own(
            data,
            Map.of(
                "JWT_EXPIRES_IN", "1h",
                "COACH_DRAFT_TOMBSTONE_DAYS", "1",
                "COACH_DRAFT_PURGE_EVERY", "1s"));
  }

  @AfterAll
  static void stopServer() throws IOException {
    if (server != null) {
      server.stop();
    }
    DraftSyncConvergenceIT.deleteTree(data);
  }

  @BeforeEach
  void makeFolder() throws Exception {
    folder = Files.createTempDirectory("sync-restart");
    server.ensureRunning();
  }

  @AfterEach
  void removeFolder() throws IOException {
    DraftSyncConvergenceIT.deleteTree(folder);
  }

  @Test
  void aServerRestartInTheMiddleOfASyncLosesNothingAndAppliesNothingTwice() throws Exception {
    try (SyncWorld world = new SyncWorld(server, 2, folder, false)) {
      for (int i = 0; i < 60; i++) {
        world.run(new Step.Create(0));
      }
      world.run(new Step.Create(1));
      world.run(new Step.Sync(1));
      ExecutorService background = Executors.newSingleThreadExecutor();
      try {
        HeadlessDevice a = world.device(0);
        // A slow network (every chunk 100 ms late), so the restart falls in the middle of A's push.
        world.proxy(0).plan(connection -> Fault.delay(Duration.ofMillis(100)));
        world.proxy(0).cutAll();
        Future<SyncReport> pass = background.submit(a::syncOnce);
        HeadlessDevice.await(
            Duration.ofSeconds(30), () -> pass.isDone() || serverHasAtLeast(world, 3));
        server.stop();
        assertThat(pass)
            .as("A's sync was cut by the restart, not finished before it")
            .failsWithin(Duration.ofSeconds(30))
            .withThrowableThat()
            .havingCause()
            .isInstanceOf(IOException.class);
      } finally {
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
      }
      world.proxy(0).plan(FaultyProxy.Plan.none());
      // Both type on while the server is down.
      world.run(new Step.AddLine(0, 1));
      world.run(new Step.AddLine(1, 0));
      world.run(new Step.Rewrite(1, 0));
      server.start();
      world.settle();
      world.assertConverged();
      world.assertNothingLost();
      world.assertNoChangeAppliedTwice();
      assertThat(world.referee.live()).hasSize(61);
    }
  }

  @Test
  void aServerRestoredFromAnOlderBackupIsResyncedInFullAndLosesNothing() throws Exception {
    Path backup = Files.createTempDirectory("sync-backup");
    try (SyncWorld world = new SyncWorld(server, 2, folder, false)) {
      world.run(new Step.Create(0));
      world.run(new Step.Create(0));
      world.run(new Step.Create(1));
      world.run(new Step.Sync(0));
      world.run(new Step.Sync(1));
      world.run(new Step.Sync(0));

      server.stop();
      copyTree(data, backup);
      server.start();

      // After the backup: acknowledged changes the restore will lose.
      world.run(new Step.AddLine(0, 0)); // an edit of a draft the backup has older
      world.run(new Step.Create(0)); // a draft the backup lacks
      world.run(new Step.Trash(0, 1));
      world.run(new Step.Sync(0));
      world.run(new Step.Sync(1));
      world.run(new Step.AddLine(1, 2)); // pending on B when the server is restored
      world.run(new Step.Delete(1, 0)); // and a delete pending there too

      server.stop();
      DraftSyncConvergenceIT.deleteTree(data);
      copyTree(backup, data);
      server.start();

      SyncReport a = world.sync(0);
      assertThat(a.fullResync())
          .as("A's cursor is from after the backup: 410, full resync")
          .isTrue();
      SyncReport b = world.sync(1);
      assertThat(b.fullResync()).as("so is B's").isTrue();
      world.settle();
      world.assertConverged();
      world.assertNothingLost();
    } finally {
      DraftSyncConvergenceIT.deleteTree(backup);
    }
  }

  @Test
  void aDeviceOfflinePastTheTombstoneWindowResyncsInFullAndLosesNothing() throws Exception {
    try (SyncWorld world = new SyncWorld(server, 2, folder, false)) {
      world.start(); // "Draft 1" and "Draft 2" on both
      world.run(new Step.AddLine(1, 0)); // B edits "Draft 1", then is away for days
      world.run(new Step.Offline(1));
      world.run(new Step.AddLine(0, 0)); // A edits "Draft 1" too
      world.run(new Step.Delete(0, 1)); // and deletes "Draft 2"
      world.run(new Step.Sync(0));

      server.stop();
      server.shiftClock(Duration.ofDays(2));
      try {
        server.start();
        HeadlessDevice.await(Duration.ofSeconds(60), () -> purged());
        world.run(new Step.Online(1));
        SyncReport b = world.sync(1);
        assertThat(b.fullResync())
            .as("B's cursor is older than the change log kept: 410, full resync")
            .isTrue();
        world.settle();
        world.assertConverged();
        world.assertNothingLost();
        assertThat(world.referee.live())
            .as("the draft A deleted comes back from B: a resync deletes nothing")
            .anyMatch(draft -> draft.title().equals("Draft 2"));
      } finally {
        server.stop();
        server.shiftClock(Duration.ZERO);
        server.start();
      }
    }
  }

  private static boolean purged() {
    try {
      return server.logged("Purged ");
    } catch (IOException notYet) {
      return false;
    }
  }

  private static boolean serverHasAtLeast(SyncWorld world, int drafts) {
    try {
      return world.referee.live().size() >= drafts;
    } catch (IOException notNow) {
      return false;
    }
  }

  /** Copies a folder as a backup tool would, permissions included (PostgreSQL checks them). */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(target)) {
          Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
        } else {
          Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
