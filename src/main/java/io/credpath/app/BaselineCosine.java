package io.credpath.app;

import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillRequirement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The baseline the nearest-occupation measure is compared with: the cosine of two occupations' vectors of importance x
 * level / 25 over all their requirements (skills, knowledge, tools alike), every other occupation a candidate.
 */
final class BaselineCosine {
  private final int[][] dims;
  private final double[][] values;

  BaselineCosine(List<Occupation> occupations) {
    Map<String, Integer> index = new HashMap<>();
    dims = new int[occupations.size()][];
    values = new double[occupations.size()][];
    for (int i = 0; i < occupations.size(); i++) {
      TreeMap<Integer, Double> v = new TreeMap<>();
      for (SkillRequirement r : occupations.get(i).requirements()) {
        v.merge(index.computeIfAbsent(r.skill(), k -> index.size()), r.importance() * r.level() / 25.0, Math::max);
      }
      double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
      dims[i] = v.keySet().stream().mapToInt(Integer::intValue).toArray();
      values[i] = v.values().stream().mapToDouble(x -> norm == 0 ? 0 : x / norm).toArray();
    }
  }

  double cosine(int a, int b) {
    double s = 0;
    for (int i = 0, j = 0; i < dims[a].length && j < dims[b].length; ) {
      if (dims[a][i] == dims[b][j]) s += values[a][i++] * values[b][j++];
      else if (dims[a][i] < dims[b][j]) i++;
      else j++;
    }
    return s;
  }

  /** The {@code k} occupations {@code keep} lets through with the largest cosine to {@code a}, best first (ties by index). */
  int[] top(int a, int k, java.util.function.IntPredicate keep) {
    TopK top = new TopK(k);
    for (int b = 0; b < dims.length; b++) if (b != a && keep.test(b)) top.offer(b, cosine(a, b));
    return top.indexes();
  }
}
