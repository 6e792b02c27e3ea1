package io.credpath.app;

import java.util.Arrays;

/** The {@code k} best-scored indexes seen, best first; on equal scores the index offered first stays ahead. */
final class TopK {
  private final int[] index;
  private final double[] score;
  private int size;

  TopK(int k) {
    index = new int[k];
    score = new double[k];
  }

  void offer(int i, double s) {
    if (size == index.length && s <= score[size - 1]) return;
    int at = size == index.length ? size - 1 : size++;
    while (at > 0 && score[at - 1] < s) {
      index[at] = index[at - 1];
      score[at] = score[at - 1];
      at--;
    }
    index[at] = i;
    score[at] = s;
  }

  int[] indexes() {
    return Arrays.copyOf(index, size);
  }
}
