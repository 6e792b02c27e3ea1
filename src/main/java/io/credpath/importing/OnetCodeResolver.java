package io.credpath.importing;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves an O*NET-SOC code from an older release (as used by the Nesta crosswalk) to a 29.3 code:
 * the same code if it still exists, else a code with the same six-digit SOC prefix, else the 29.3
 * occupation in the same major group whose title shares the most words (Jaccard >= 0.34).
 */
final class OnetCodeResolver {

  private final Map<String, OccupationDraft> onet;
  private final Map<String, Set<String>> titleWords = new java.util.HashMap<>();

  OnetCodeResolver(Map<String, OccupationDraft> onet) {
    this.onet = onet;
  }

  Optional<String> resolve(String code, String title) {
    if (onet.containsKey(code)) {
      return Optional.of(code);
    }
    String prefix = code.length() >= 7 ? code.substring(0, 7) : code;
    for (String c : onet.keySet()) {
      if (c.startsWith(prefix)) {
        return Optional.of(c);
      }
    }
    Set<String> words = words(title);
    String best = null;
    double bestScore = 0.34;
    for (OccupationDraft o : onet.values()) {
      if (!o.code.startsWith(code.substring(0, 2))) {
        continue;
      }
      Set<String> w = titleWords.computeIfAbsent(o.code, c -> words(o.title));
      Set<String> common = new TreeSet<>(w);
      common.retainAll(words);
      Set<String> union = new TreeSet<>(w);
      union.addAll(words);
      double score = union.isEmpty() ? 0 : (double) common.size() / union.size();
      if (score > bestScore) {
        bestScore = score;
        best = o.code;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<String> words(String title) {
    Set<String> out = new TreeSet<>();
    for (String w : EscoImporter.singular(title).split(" ")) {
      if (w.length() > 2 && !w.equals("and") && !w.equals("all") && !w.equals("other")) {
        out.add(w);
      }
    }
    return out;
  }
}
