package org.careercoach.desktop.service.sync;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One thing a person or the network does in a convergence scenario, on one device. {@code pick}
 * chooses among the drafts the step applies to on that device (modulo their number, in id order),
 * so a shrunk sequence stays meaningful. Each reads as a sentence: a failing case is a story.
 */
sealed interface Step {

  /** The device, 0-based; taken modulo the number of devices of the scenario. */
  int device();

  /** A new draft whose summary carries a new marker. */
  record Create(int device) implements Step {
    @Override
    public String toString() {
      return name(device) + " creates a draft";
    }
  }

  /** An edit that adds a highlight line with a new marker to a draft not in the Trash. */
  record AddLine(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " adds a line to draft #" + pick;
    }
  }

  /** An edit that replaces a draft's summary (and the marker in it) with a new marker. */
  record Rewrite(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " rewrites the summary of draft #" + pick;
    }
  }

  record Rename(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " renames draft #" + pick;
    }
  }

  record Trash(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " moves draft #" + pick + " to the Trash";
    }
  }

  record Restore(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " restores trashed draft #" + pick;
    }
  }

  /** Deletes for good any draft (in the Trash or not). */
  record Delete(int device, int pick) implements Step {
    @Override
    public String toString() {
      return name(device) + " deletes draft #" + pick + " for good";
    }
  }

  record Offline(int device) implements Step {
    @Override
    public String toString() {
      return name(device) + " goes offline";
    }
  }

  record Online(int device) implements Step {
    @Override
    public String toString() {
      return name(device) + " comes online";
    }
  }

  /** "Sync now", and wait until that device is done (or found itself offline). */
  record Sync(int device) implements Step {
    @Override
    public String toString() {
      return name(device) + " syncs";
    }
  }

  static String name(int device) {
    return String.valueOf((char) ('A' + device));
  }

  /** Random steps for {@code devices} devices, weighted towards edits and syncs. */
  static Arbitrary<Step> any(int devices) {
    Arbitrary<Integer> device = Arbitraries.integers().between(0, devices - 1);
    Arbitrary<Integer> pick = Arbitraries.integers().between(0, 3);
    return Arbitraries.frequencyOf(
        Tuple.of(2, device.map(Create::new)),
        Tuple.of(5, Combinators.combine(device, pick).as(AddLine::new)),
        Tuple.of(3, Combinators.combine(device, pick).as(Rewrite::new)),
        Tuple.of(2, Combinators.combine(device, pick).as(Rename::new)),
        Tuple.of(2, Combinators.combine(device, pick).as(Trash::new)),
        Tuple.of(1, Combinators.combine(device, pick).as(Restore::new)),
        Tuple.of(2, Combinators.combine(device, pick).as(Delete::new)),
        Tuple.of(1, device.map(Offline::new)),
        Tuple.of(2, device.map(Online::new)),
        Tuple.of(8, device.map(Sync::new)));
  }

  /** A scenario: how many devices, and what happens, in order. */
  record Scenario(int devices, List<Step> steps) {
    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder(devices + " devices; A creates two drafts, every device syncs, then:");
      for (int i = 0; i < steps.size(); i++) {
        text.append("\n  ").append(i + 1).append(". ").append(steps.get(i));
      }
      return text.toString();
    }
  }

  /** Scenarios of 2 or 3 devices and 1 to {@code maxSteps} steps. */
  static Arbitrary<Scenario> scenarios(int maxSteps) {
    return Arbitraries.integers()
        .between(2, 3)
        .flatMap(
            devices ->
                any(devices)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(maxSteps)
                    .map(steps -> new Scenario(devices, steps)));
  }
}
