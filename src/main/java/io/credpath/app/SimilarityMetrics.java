package io.credpath.app;

import io.credpath.catalog.Occupation;
import io.credpath.planner.OccupationSimilarity;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The development metrics of one measure's top lists: {@code lists.get(i)} is the suggestions (indexes) for {@code sources.get(i)}. */
record SimilarityMetrics(List<Occupation> occupations, Map<String, Set<String>> esco, List<Integer> sources, List<int[]> lists) {
  /** How often one occupation is suggested, and where. */
  record Frequent(String occupation, String title, int count) {
    @Override
    public String toString() {
      return title + " " + count;
    }
  }

  /** The share of suggestions in the source's SOC minor group (the first five characters of the code, "15-12"). */
  double sameMinor() {
    return share((a, b) -> occupations.get(a).id().regionMatches(0, occupations.get(b).id(), 0, 5) ? 1 : 0);
  }

  /** Among suggestions where both occupations have ESCO skills, the share sharing at least {@code n} essential ones. */
  double escoShare(int n) {
    return share((a, b) -> {
      Set<String> x = esco.get(occupations.get(a).id());
      Set<String> y = esco.get(occupations.get(b).id());
      if (x == null || y == null) return -1;
      int shared = 0;
      for (String s : x) if (y.contains(s)) shared++;
      return shared >= n ? 1 : 0;
    });
  }

  double catchAll() {
    return share((a, b) -> occupations.get(b).catchAll() ? 1 : 0);
  }

  /** The share of suggestions whose job zone change is within {@code min..max} (among those with both zones known). */
  double zone(int min, int max) {
    return share((a, b) -> {
      OptionalInt dz = OccupationSimilarity.zoneChange(occupations.get(a), occupations.get(b));
      return dz.isEmpty() ? -1 : dz.getAsInt() >= min && dz.getAsInt() <= max ? 1 : 0;
    });
  }

  /** The {@code n} occupations suggested in the most lists. */
  List<Frequent> mostFrequent(int n) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int[] l : lists) for (int b : l) counts.merge(b, 1, Integer::sum);
    if (counts.isEmpty()) return List.of(new Frequent("", "", 0));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(n).map(e -> new Frequent(occupations.get(e.getKey()).id(), occupations.get(e.getKey()).title(), e.getValue()))
        .toList();
  }

  /** A judgement of one suggestion: 1 yes, 0 no, -1 not judged. */
  interface Judge {
    int judge(int source, int suggestion);
  }

  private double share(Judge j) {
    long yes = 0;
    long judged = 0;
    for (int i = 0; i < sources.size(); i++) {
      for (int b : lists.get(i)) {
        int v = j.judge(sources.get(i), b);
        if (v < 0) continue;
        judged++;
        yes += v;
      }
    }
    return judged == 0 ? 0 : (double) yes / judged;
  }

}
