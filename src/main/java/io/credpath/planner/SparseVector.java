package io.credpath.planner;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** A unit-length sparse vector over integer dimensions (sorted), compared by merging: cheap enough to rank a catalogue per request. */
record SparseVector(int[] dims, double[] values) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  /** The vector of {@code weights} (dimension to weight) scaled to unit length; empty when every weight is 0. */
  static SparseVector unit(Map<Integer, Double> weights) {
    TreeMap<Integer, Double> sorted = new TreeMap<>(weights);
    sorted.values().removeIf(v -> v <= 0);
    double norm = Math.sqrt(sorted.values().stream().mapToDouble(v -> v * v).sum());
    if (norm == 0) return EMPTY;
    int[] d = new int[sorted.size()];
    double[] v = new double[sorted.size()];
    int i = 0;
    for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
      d[i] = e.getKey();
      v[i++] = e.getValue() / norm;
    }
    return new SparseVector(d, v);
  }

  boolean isEmpty() {
    return dims.length == 0;
  }

  /** The cosine with {@code other} (both are unit length). */
  double dot(SparseVector other) {
    double s = 0;
    int i = 0;
    int j = 0;
    while (i < dims.length && j < other.dims.length) {
      if (dims[i] == other.dims[j]) s += values[i++] * other.values[j++];
      else if (dims[i] < other.dims[j]) i++;
      else j++;
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(dims, v.dims) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(dims) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SparseVector" + Arrays.toString(dims);
  }
}
