package org.careercoach.server.parsing.learning;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse features: a weight per class and feature, the class
 * probabilities the softmax of their sums. Trained by stochastic gradient descent with AdaGrad step
 * sizes and an L2 penalty, in an order fixed by a seed, so the same data give the same weights.
 */
final class Softmax {

  /** How to train. */
  record Options(int epochs, float rate, float l2, long seed) {
    static Options standard(long seed) {
      return new Options(12, 0.2f, 1e-5f, seed);
    }
  }

  final int classes;
  final int dimension;

  /** weights[feature * classes + class]: a feature's weights side by side, as reading uses them. */
  final float[] weights;

  Softmax(int classes, int dimension, float[] weights) {
    if (weights.length != classes * dimension) {
      throw new IllegalArgumentException("classes × dimension weights");
    }
    this.classes = classes;
    this.dimension = dimension;
    this.weights = weights;
  }

  /** The probability of each class. */
  float[] probabilities(SparseVector x) {
    float[] scores = new float[classes];
    int[] indices = x.indices();
    float[] values = x.values();
    for (int n = 0; n < indices.length; n++) {
      int base = indices[n] * classes;
      float v = values[n];
      for (int k = 0; k < classes; k++) {
        scores[k] += weights[base + k] * v;
      }
    }
    return normalise(scores);
  }

  private static float[] normalise(float[] scores) {
    float max = Float.NEGATIVE_INFINITY;
    for (float s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      scores[k] = (float) Math.exp(scores[k] - max);
      sum += scores[k];
    }
    for (int k = 0; k < scores.length; k++) {
      scores[k] /= (float) sum;
    }
    return scores;
  }

  /** Trains on examples {@code xs} of classes {@code ys} (0 ≤ y < classes). */
  static Softmax train(
      List<SparseVector> xs, int[] ys, int classes, int dimension, Options options) {
    if (xs.size() != ys.length) {
      throw new IllegalArgumentException("one class per example");
    }
    float[] weights = new float[classes * dimension];
    float[] squares = new float[classes * dimension];
    Softmax model = new Softmax(classes, dimension, weights);
    int[] order = new int[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(options.seed());
    float[] gradient = new float[classes];
    for (int epoch = 0; epoch < options.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int example : order) {
        SparseVector x = xs.get(example);
        float[] p = model.probabilities(x);
        for (int k = 0; k < classes; k++) {
          gradient[k] = p[k] - (ys[example] == k ? 1f : 0f);
        }
        int[] indices = x.indices();
        float[] values = x.values();
        for (int n = 0; n < indices.length; n++) {
          int base = indices[n] * classes;
          float v = values[n];
          for (int k = 0; k < classes; k++) {
            int w = base + k;
            float g = gradient[k] * v + options.l2() * weights[w];
            if (g == 0f) {
              continue;
            }
            squares[w] += g * g;
            weights[w] -= options.rate() * g / (float) Math.sqrt(squares[w] + 1e-8f);
          }
        }
      }
    }
    return model;
  }
}
