package io.credpath.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds the known names closest to a mistyped one (Levenshtein distance over lower-cased text). */
public final class ClosestNames {
  private ClosestNames() {}

  /** Up to {@code limit} entries of {@code known} closest to {@code wanted}, closest first. */
  public static List<String> closest(String wanted, Collection<String> known, int limit) {
    String w = wanted.toLowerCase(Locale.ROOT);
    record Scored(String name, int distance) {}
    return known.stream()
        .map(k -> new Scored(k, distance(w, k.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance() <= Math.max(3, w.length() / 2))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(limit)
        .map(Scored::name)
        .toList();
  }

  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 40) return Integer.MAX_VALUE / 2;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev; prev = cur; cur = t;
    }
    return prev[b.length()];
  }
}
