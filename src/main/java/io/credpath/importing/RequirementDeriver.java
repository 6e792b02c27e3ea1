package io.credpath.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds the requirements O*NET's ratings and technology lists do not give.
 *
 * <p>Every occupation gets its field skills from {@code taxonomy/curated/signals.jsonl}: a signal found in one of its
 * tasks (the statement or one of the detailed work activities it is an instance of) or key titles counts once per
 * task; a core task weighs 1 (the unit weights are counted in), a supplemental one and a key title what
 * {@link Signals} says (0.5 and 2 as shipped). A weight and share of the job's task weight large enough make an
 * essential core requirement, any other weight of at least {@link Signals#minWeight} a side skill: counted as held by
 * people in the job, below the need threshold (two minor tasks of thirty do not make a teaching assistant an inventory
 * manager). The numbers are in {@code taxonomy/curated/import-settings.jsonl} ({@code signals.*}).
 *
 * <p>Occupations without O*NET ratings (about 140 newer or catch-all codes) also get, in this order, the essential
 * skills of linked ESCO occupations and the ratings of the closest rated occupation: the one whose detailed work
 * activities overlap most (Jaccard, a small bonus within the same SOC major group), a curated donor where that
 * misleads, or for a catch-all code with no tasks ("All Other") the average ratings of its rated siblings.
 */
final class RequirementDeriver {

  /**
   * How signal hits become requirements ({@code signals.*} in {@code taxonomy/curated/import-settings.jsonl}): the
   * weights of a supplemental task and a key title (a core task weighs 1), the least weight that counts at all, when a
   * skill is core (a weight of {@code coreMinWeight}, a share of {@code coreMinShare} and {@code relativeShare} of its
   * peak), its importance ({@code highImportance} from {@code highShare} or {@code highWeight}, else
   * {@code coreImportance}) and level, a side skill's importance and level, and a corroborated side skill's importance
   * and level range.
   */
  record Signals(double supplementalTaskWeight, double keyTitleWeight, double minWeight, double coreMinWeight,
      double coreMinShare, double relativeShare, double highShare, double highWeight, double highImportance,
      double coreImportance, int coreLevel, double sideImportance, int sideLevel, double corroboratedImportance,
      int corroboratedMinLevel, int corroboratedMaxLevel) {}

  /**
   * The deriver's settings: the requirement scale, the signals', and the bonus a rated occupation of the same SOC major
   * group gets when the closest one to borrow ratings from is chosen.
   */
  record Policy(RequirementScale scale, Signals signals, double sameMajorGroupBonus) {}

  private final Map<String, OccupationDraft> onet;
  private final List<CuratedTables.Signal> signals;
  private final Map<String, String> donors;
  private final ElementRatings ratings;
  private final Policy policy;
  private final Signals weights;

  RequirementDeriver(Map<String, OccupationDraft> onet, List<CuratedTables.Signal> signals, Map<String, String> donors,
      ElementRatings ratings, Policy policy) {
    this.onet = onet;
    this.signals = List.copyOf(signals);
    this.donors = Map.copyOf(donors);
    this.ratings = ratings;
    this.policy = policy;
    this.weights = policy.signals();
  }

  /** Derives requirements for one unrated occupation given its linked ESCO essential skills (after its field skills). */
  void derive(OccupationDraft o, List<String> escoEssentialSkills) {
    for (String skill : escoEssentialSkills) {
      o.requireIfAbsent(policy.scale().esco(skill));
    }
    if (donors.containsKey(o.code) || !o.tasks.isEmpty()) {
      Optional<OccupationDraft> donor = donors.containsKey(o.code) ? Optional.of(onet.get(donors.get(o.code))) : closestRated(o);
      donor.ifPresent(d -> {
        o.ratingsFrom = d.code;
        for (RequiredSkill r : d.requirements.values()) {
          if (r.origin().equals("onet-skills") || r.origin().equals("onet-knowledge")) o.requireIfAbsent(r.withOrigin("onet-borrowed"));
        }
        copyRatings(List.of(d.code), o.code);
      });
    } else {
      siblingAverage(o);
    }
  }

  /** How much of an occupation's task weight a field skill's signals cover. */
  record Weight(double weight, double share) {}

  /** The weight and share of each field skill the signals find in the occupation's tasks and key titles. */
  Map<String, Weight> weights(OccupationDraft o) {
    Map<String, Double> weight = new TreeMap<>();
    double total = 0;
    for (OccupationDraft.Task t : o.tasks) {
      StringBuilder text = new StringBuilder(t.text());
      t.dwas().forEach(d -> text.append(" | ").append(d));
      double tw = t.core() ? 1.0 : weights.supplementalTaskWeight();
      total += tw;
      hits(text.toString()).forEach(s -> weight.merge(s, tw, Double::sum));
    }
    for (String title : o.keyTitles()) hits(title).forEach(s -> weight.merge(s, weights.keyTitleWeight(), Double::sum));
    double all = Math.max(total, 1); // a share of at most the whole, however few tasks
    Map<String, Weight> out = new TreeMap<>();
    weight.forEach((skill, w) -> out.put(skill, new Weight(w, w / all)));
    return out;
  }

  /**
   * Adds the field skills the curated signals find: core and essential when the weight is at least
   * {@code coreMinWeight} and its share of the job's tasks at least {@code coreMinShare} and at least
   * {@code relativeShare} of the largest share any occupation gives the skill ({@code peaks}): inventory is a stock
   * clerk's core, not a teaching assistant's, and vehicle care an auto technician's, not a paramedic's. Any other weight
   * of at least {@code minWeight} is a side skill: counted as held by people in the job, below the need threshold.
   */
  void fromSignals(OccupationDraft o, Map<String, Weight> found, Map<String, Double> peaks) {
    Signals p = weights;
    found.forEach((skill, wt) -> {
      double w = wt.weight();
      double share = wt.share();
      if (w < p.minWeight()) return;
      boolean core = w >= p.coreMinWeight() && share >= p.coreMinShare() && share >= p.relativeShare() * peaks.getOrDefault(skill, 0.0);
      double importance = !core ? p.sideImportance() : share >= p.highShare() || w >= p.highWeight() ? p.highImportance() : p.coreImportance();
      RequiredSkill derived = new RequiredSkill(skill, core ? p.coreLevel() : p.sideLevel(), importance, core, false, false, "derived-tasks");
      RequiredSkill old = o.requirements.get(skill);
      if (old == null || (!old.origin().startsWith("onet-") && old.importance() < importance)) o.requirements.put(skill, derived);
    });
  }

  /**
   * Promotes the side skills of {@code o} that a credential preparing for it teaches by title or syllabus
   * ({@code taught}: skill to the highest level taught) to essential requirements of importance
   * {@code corroboratedImportance} at the taught level, kept within {@code corroboratedMinLevel..corroboratedMaxLevel}.
   * A medical assistant's twenty tasks name vital signs, phlebotomy and EKGs once each, too thin a share for the signals
   * alone, but the CCMA and the RMA teach exactly those: two independent sources agreeing make them the job's core. A
   * skill no task mentions is not added, nor a general one.
   */
  static void corroborate(OccupationDraft o, Map<String, Integer> taught, Signals p) {
    taught.forEach((skill, level) -> {
      RequiredSkill old = o.requirements.get(skill);
      if (old == null || !old.origin().equals("derived-tasks") || old.general() || old.importance() >= p.corroboratedImportance()) return;
      int need = Math.max(p.corroboratedMinLevel(), Math.min(p.corroboratedMaxLevel(), level));
      o.requirements.put(skill, new RequiredSkill(skill, need, p.corroboratedImportance(), true, false, false, "derived-tasks"));
    });
  }

  private Set<String> hits(String text) {
    Set<String> out = new HashSet<>();
    for (CuratedTables.Signal s : signals) if (s.pattern().matcher(text).find()) out.add(s.skill());
    return out;
  }

  /**
   * The rated occupation whose detailed work activities overlap most with {@code o}'s (Jaccard, plus
   * {@code sameMajorGroupBonus} within the same SOC major group); none when {@code o} has no activities.
   */
  Optional<OccupationDraft> closestRated(OccupationDraft o) {
    Set<String> mine = activities(o);
    if (mine.isEmpty()) return Optional.empty();
    OccupationDraft best = null;
    double bestScore = 0;
    for (OccupationDraft r : onet.values()) {
      if (!r.rated || r.code.equals(o.code)) continue;
      Set<String> theirs = activities(r);
      int common = 0;
      for (String a : theirs) if (mine.contains(a)) common++;
      double score = common / (double) (mine.size() + theirs.size() - common) + (r.code.startsWith(o.code.substring(0, 2)) ? policy.sameMajorGroupBonus() : 0);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Set<String> activities(OccupationDraft o) {
    Set<String> out = new HashSet<>();
    o.tasks.forEach(t -> out.addAll(t.dwas()));
    return out;
  }

  /**
   * A catch-all code borrows the average ratings of the rated occupations that share the longest code prefix with it
   * (the same minor group, else broad group, else major group): an element enters when that average importance is one
   * the scale keeps.
   */
  private void siblingAverage(OccupationDraft o) {
    // Narrower to wider prefixes of the SOC code ("15-12", "15-1", "15"): the code's own nesting, not a setting.
    for (int len : new int[] {5, 4, 2}) {
      String prefix = o.code.substring(0, len);
      List<String> siblings = onet.values().stream().filter(r -> r.rated && r.code.startsWith(prefix)).map(r -> r.code).toList();
      if (siblings.isEmpty()) continue;
      o.ratingsFrom = "average of " + siblings.size() + " rated occupations in " + prefix;
      for (String element : new java.util.TreeSet<>(ratings.elements())) {
        double im = siblings.stream().mapToDouble(c -> ratings.importance(element, c).orElse(1.0)).average().orElse(0);
        List<Double> lvs = siblings.stream().flatMap(c -> ratings.level(element, c).stream()).toList();
        if (!policy.scale().kept(im) || lvs.isEmpty()) continue;
        double lv = lvs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        o.requireIfAbsent(policy.scale().rated(element, im, lv, "onet-borrowed"));
      }
      copyRatings(siblings, o.code);
      return;
    }
  }

  /** Records the borrowed ratings under {@code code} too, so the profile classifier can judge them. */
  private void copyRatings(List<String> from, String code) {
    for (String element : new ArrayList<>(ratings.elements())) {
      double im = from.stream().mapToDouble(c -> ratings.importance(element, c).orElse(1.0)).average().orElse(1.0);
      ratings.borrowed(element, code, im);
    }
  }
}
