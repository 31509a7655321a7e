package org.careercoach.server.parsing.learning;

import java.util.Arrays;

/** A feature vector as the indices and values of its non-zero entries (an index may repeat). */
record SparseVector(int[] indices, float[] values) {

  SparseVector {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("as many values as indices");
    }
  }

  int size() {
    return indices.length;
  }

  /** Collects hashed features of one line. */
  static final class Builder {
    private final int mask;
    private int[] indices = new int[128];
    private float[] values = new float[128];
    private int size;

    Builder(int dimension) {
      if (Integer.bitCount(dimension) != 1) {
        throw new IllegalArgumentException("the dimension is a power of two");
      }
      this.mask = dimension - 1;
    }

    Builder add(String feature) {
      return add(feature, 1f);
    }

    Builder add(String feature, float value) {
      if (size == indices.length) {
        indices = Arrays.copyOf(indices, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      indices[size] = index(feature) & mask;
      values[size] = value;
      size++;
      return this;
    }

    SparseVector build() {
      return new SparseVector(Arrays.copyOf(indices, size), Arrays.copyOf(values, size));
    }

    /** A stable hash (String.hashCode is specified), its bits mixed so low bits spread. */
    private static int index(String feature) {
      int h = feature.hashCode();
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      h ^= h >>> 16;
      return h;
    }
  }
}
