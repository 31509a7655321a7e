package org.careercoach.server.parsing.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

  /** Three classes, each told by a feature of its own among noise: separable. */
  private static List<SparseVector> examples(int[] classes, long seed) {
    Random random = new Random(seed);
    List<SparseVector> xs = new ArrayList<>();
    for (int i = 0; i < classes.length; i++) {
      classes[i] = random.nextInt(3);
      SparseVector.Builder x = new SparseVector.Builder(64);
      x.add("bias");
      x.add("class" + classes[i]);
      x.add("noise" + random.nextInt(10));
      xs.add(x.build());
    }
    return xs;
  }

  @Test
  void learnsASeparableProblemAndIsSureOfIt() {
    int[] ys = new int[300];
    List<SparseVector> xs = examples(ys, 1);
    Softmax model = Softmax.train(xs, ys, 3, 64, Softmax.Options.standard(7));

    int[] test = new int[100];
    List<SparseVector> unseen = examples(test, 2);
    for (int i = 0; i < unseen.size(); i++) {
      float[] p = model.probabilities(unseen.get(i));
      assertThat(argmax(p)).isEqualTo(test[i]);
      assertThat(p[test[i]]).isGreaterThan(0.9f);
    }
  }

  @Test
  void probabilitiesSumToOne() {
    int[] ys = new int[50];
    List<SparseVector> xs = examples(ys, 3);
    Softmax model = Softmax.train(xs, ys, 3, 64, Softmax.Options.standard(7));
    float sum = 0;
    for (float p : model.probabilities(xs.get(0))) {
      sum += p;
    }
    assertThat(sum).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
  }

  @Test
  void theSameSeedGivesTheSameWeightsAndAnotherOtherWeights() {
    int[] ys = new int[100];
    List<SparseVector> xs = examples(ys, 4);
    Softmax a = Softmax.train(xs, ys, 3, 64, Softmax.Options.standard(7));
    Softmax b = Softmax.train(xs, ys, 3, 64, Softmax.Options.standard(7));
    Softmax c = Softmax.train(xs, ys, 3, 64, Softmax.Options.standard(8));
    assertThat(a.weights).isEqualTo(b.weights);
    assertThat(a.weights).isNotEqualTo(c.weights);
  }

  private static int argmax(float[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return best;
  }
}
