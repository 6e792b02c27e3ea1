package io.credpath.catalog.importing;

import java.util.ArrayList;
import java.util.HashMap;
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

  /** Importance of a skill one text of a rated occupation mentions: below the 3.0 gap threshold. */
  static final double SINGLE_MENTION_RATED = 2.5;

  private final Map<String, OccupationDraft> onet;
  private final List<TaskKeyword> taskKeywords;
  private final Map<String, String> donors;

  /**
   * A task-statement keyword: a whole word or phrase, or a word prefix when written with a trailing
   * {@code *}; {@code everywhere} keywords apply to every occupation, the others only to unrated ones.
   */
  record TaskKeyword(Pattern pattern, String skill, boolean everywhere) {

    static TaskKeyword of(String keyword, String skill, boolean everywhere) {
      String k = keyword.toLowerCase(Locale.ROOT).trim();
      String regex = k.endsWith("*")
          ? "\\b" + Pattern.quote(k.substring(0, k.length() - 1))
          : "\\b" + Pattern.quote(k) + "\\b";
      return new TaskKeyword(Pattern.compile(regex), skill, everywhere);
    }
  }

  /**
   * @param taskKeywords keywords -> canonical skill ids, in table order
   * @param donors hand-chosen rated occupation to borrow from, by code, where similarity misleads
   */
  RequirementDeriver(Map<String, OccupationDraft> onet, List<TaskKeyword> taskKeywords,
      Map<String, String> donors) {
    this.onet = onet;
    this.donors = Map.copyOf(donors);
    this.taskKeywords = List.copyOf(taskKeywords);
  }

  /** Derives requirements for one unrated occupation given its linked ESCO essential skills. */
  void derive(OccupationDraft o, List<String> escoEssentialSkills) {
    for (String skill : escoEssentialSkills) {
      o.requireIfAbsent(new Requirement(skill, 3, 3.5, true, false, false, "esco"));
    }
    fromTasks(o);
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
   * Adds {@code derived-tasks} requirements from the task statements and the key titles (the O*NET
   * title and the hand-added career-changer titles), each text counted once per skill: level 3 and
   * essential when at least 2 texts mention the skill, else level 2; importance 3.0 / 3.5 / 4.0 for
   * 1 / 2 / 3+ texts, except that one mention on a rated occupation is a side skill of importance
   * 2.5 (below O*NET's keep threshold, so it counts as held but is not sold to a career changer).
   * Rated occupations use only the keywords marked for every occupation. A skill
   * already required keeps its requirement, except that a more important task-derived requirement
   * replaces an ESCO one.
   */
  void fromTasks(OccupationDraft o) {
    List<String> texts = new ArrayList<>(o.tasks);
    texts.addAll(o.keyTitles());
    Map<String, Integer> hits = new HashMap<>();
    for (String text : texts) {
      String t = text.toLowerCase(Locale.ROOT);
      taskKeywords.stream().filter(k -> k.everywhere() || !o.rated)
          .filter(k -> k.pattern().matcher(t).find())
          .map(TaskKeyword::skill).distinct().forEach(s -> hits.merge(s, 1, Integer::sum));
    }
    hits.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      int n = e.getValue();
      double importance = n >= 3 ? 4.0 : n == 2 ? 3.5 : o.rated ? SINGLE_MENTION_RATED : 3.0;
      Requirement derived = new Requirement(e.getKey(), n >= 2 ? 3 : 2, importance, n >= 2, false,
          false, "derived-tasks");
      Requirement old = o.requirements.get(e.getKey());
      if (old == null || (old.origin().equals("esco") && old.importance() < importance)) {
        o.requirements.put(e.getKey(), derived);
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
