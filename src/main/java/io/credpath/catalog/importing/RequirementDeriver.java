package io.credpath.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills the requirements of O*NET occupations that have no skill/knowledge ratings (about 130 newer
 * codes) from, in order of precedence: their hot / in-demand technologies (already present), the
 * essential skills of linked ESCO occupations, task keywords, and the ratings of the closest rated
 * O*NET occupation (a hand-chosen donor, else the same SOC major group's occupation with the most
 * similar technologies).
 */
final class RequirementDeriver {

  private final Map<String, OccupationDraft> onet;
  private final Map<Pattern, String> taskKeywords;
  private final Map<String, String> donors;

  /**
   * @param taskKeywords keyword -> canonical skill id
   * @param donors hand-chosen rated occupation to borrow from, by code, where similarity misleads
   */
  RequirementDeriver(Map<String, OccupationDraft> onet, Map<String, String> taskKeywords,
      Map<String, String> donors) {
    this.onet = onet;
    this.donors = Map.copyOf(donors);
    this.taskKeywords = new LinkedHashMap<>();
    taskKeywords.forEach((k, v) -> this.taskKeywords.put(
        Pattern.compile("\\b" + Pattern.quote(k) + "\\b"), v));
  }

  /** Derives requirements for one unrated occupation given its linked ESCO essential skills. */
  void derive(OccupationDraft o, List<String> escoEssentialSkills) {
    for (String skill : escoEssentialSkills) {
      o.requireIfAbsent(new Requirement(skill, 3, 3.5, true, false, false, "esco"));
    }
    Map<String, Integer> hits = new HashMap<>();
    for (String task : o.tasks) {
      String t = task.toLowerCase(Locale.ROOT);
      taskKeywords.entrySet().stream().filter(e -> e.getKey().matcher(t).find())
          .map(Map.Entry::getValue).distinct().forEach(s -> hits.merge(s, 1, Integer::sum));
    }
    hits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      int n = e.getValue();
      double importance = n >= 3 ? 4.0 : n == 2 ? 3.5 : 3.0;
      o.requireIfAbsent(new Requirement(e.getKey(), 3, importance, n >= 2, false, false,
          "derived-tasks"));
    });
    java.util.Optional<OccupationDraft> chosen = donors.containsKey(o.code)
        ? java.util.Optional.of(onet.get(donors.get(o.code))) : closestRated(o.code);
    chosen.ifPresent(donor -> {
      o.ratingsFrom = donor.code;
      for (Requirement r : donor.requirements.values()) {
        if (r.origin().startsWith("onet-skills") || r.origin().startsWith("onet-knowledge")) {
          o.requireIfAbsent(r.withOrigin("onet-borrowed"));
        }
      }
    });
  }

  /**
   * The rated occupation in the same SOC major group whose hot / in-demand technologies overlap
   * most (Jaccard), with a shared code prefix as tie-breaker; none for the military (55-) codes.
   */
  java.util.Optional<OccupationDraft> closestRated(String code) {
    OccupationDraft self = onet.get(code);
    java.util.Set<String> tech = technologies(self);
    OccupationDraft best = null;
    double bestScore = -1;
    for (OccupationDraft o : onet.values()) {
      if (!o.rated || o.code.equals(code) || !o.code.startsWith(code.substring(0, 2))) {
        continue;
      }
      java.util.Set<String> other = technologies(o);
      java.util.Set<String> common = new java.util.HashSet<>(other);
      common.retainAll(tech);
      int union = tech.size() + other.size() - common.size();
      double score = (union == 0 ? 0 : (double) common.size() / union) + 0.005 * sharedPrefix(code, o.code);
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  private static java.util.Set<String> technologies(OccupationDraft o) {
    java.util.Set<String> out = new java.util.HashSet<>();
    o.requirements.values().stream().filter(r -> r.origin().equals("onet-technology"))
        .forEach(r -> out.add(r.skill()));
    return out;
  }

  private static int sharedPrefix(String a, String b) {
    int p = 0;
    while (p < Math.min(a.length(), b.length()) && a.charAt(p) == b.charAt(p)) {
      p++;
    }
    return p;
  }
}
