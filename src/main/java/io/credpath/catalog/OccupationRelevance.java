package io.credpath.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures how much of what a credential teaches an occupation lists. Skills and knowledge (not tools) listed by more
 * than a third of all occupations (Speaking, Critical Thinking, Systems Analysis...) match nearly any job and say
 * nothing about a credential's field, so they count neither for nor against it (in a catalogue of at least ten
 * occupations). Built once per catalogue. The rules read it as {@code Relevance} facts; the planner breaks exact ties
 * between candidates with it (among equally cheap and quick courses, the one most about the target job).
 */
public final class OccupationRelevance {
  /** Part of the measure's definition, not a policy threshold: "generic" means listed by over a third of occupations. */
  private static final double GENERIC_SHARE = 1.0 / 3;
  /** A handful of occupations (a test catalogue) cannot show that a skill is common to most jobs. */
  private static final int GENERIC_MIN_OCCUPATIONS = 10;
  private final Catalog catalog;
  private final Set<String> generic;
  private final Map<String, Map<String, Double>> importances = new java.util.concurrent.ConcurrentHashMap<>();
  /** What each occupation asks of its own workers (its requirements that are not general), cached per occupation. */
  private final Map<String, Set<String>> ownSkills = new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Per credential id, the skills it teaches that are not generic, in its order, without repeats: what every measure
   * counts, worked out once per credential rather than once per request that weighs it.
   */
  private final Map<String, List<String>> taughtSkills = new java.util.concurrent.ConcurrentHashMap<>();
  /** Per occupation id, each credential's {@link #weightOnTarget} as far as asked. */
  private final Map<String, Map<String, Double>> weights = new java.util.concurrent.ConcurrentHashMap<>();

  public OccupationRelevance(Catalog catalog) {
    this.catalog = catalog;
    Map<String, Integer> listedBy = new HashMap<>();
    for (Occupation o : catalog.occupations()) {
      for (String s : skillsOf(o)) listedBy.merge(s, 1, Integer::sum);
    }
    double cutoff = Math.max(catalog.occupations().size() * GENERIC_SHARE, GENERIC_MIN_OCCUPATIONS - 1);
    Set<String> g = new HashSet<>();
    // A tool (category "technology") stays: MOS Excel is about Excel even though most jobs list Excel.
    listedBy.forEach((s, n) -> {
      if (n > cutoff && !catalog.findSkill(s).map(k -> k.category().equals("technology")).orElse(false)) g.add(s);
    });
    this.generic = Set.copyOf(g);
  }

  /** The occupation with this id, if the catalogue has it. */
  public Optional<Occupation> occupation(String id) {
    return catalog.findOccupation(id);
  }

  /**
   * How much of {@code o}'s work {@code c} really teaches: the summed importance, to {@code o}, of the field-specific
   * skills {@code c} teaches by title or syllabus (a passing tag does not count). Among equally cheap SQL courses a BI
   * analyst's is the one on data analysis and spreadsheets with SQL (12), not the one on SQL in SAS (7) or on a
   * big-data platform (4), whose Hive and Hadoop tags say little about what it teaches.
   */
  public double weightOnTarget(Credential c, Occupation o) {
    return weights.computeIfAbsent(o.id(), k -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(c.id(), k -> {
      Map<String, Double> importance = importancesOf(o);
      return onTarget(c, o, true).stream().mapToDouble(importance::get).sum();
    });
  }

  /**
   * The field-specific skills {@code c} shows by title or syllabus ({@code strong}) or only by catalogue tag that
   * {@code o} lists, most important to {@code o} first (then by id).
   */
  public List<String> onTarget(Credential c, Occupation o, boolean strong) {
    Map<String, Double> importance = importancesOf(o);
    return c.skills().stream().filter(s -> s.basis().strong() == strong && !generic.contains(s.skill())
            && importance.containsKey(s.skill())).map(TaughtSkill::skill).distinct()
        .sorted(java.util.Comparator.comparingDouble((String s) -> -importance.get(s)).thenComparing(s -> s)).toList();
  }

  /** The skills {@code c} teaches that {@code o} lists, and how many field-specific skills it teaches; empty when none. */
  public Optional<Measure> measure(Credential c, Occupation o) {
    return measureAgainst(c, importancesOf(o).keySet());
  }

  /**
   * As {@link #measure}, for the job someone works in: only what {@code o} asks of its own workers counts, not what it
   * shares with most jobs (its {@code general} requirements: a cashier's Excel does not put an advanced Excel
   * course in a cashier's field).
   */
  public Optional<Measure> measureAtWork(Credential c, Occupation o) {
    return measureAgainst(c, ownSkills.computeIfAbsent(o.id(), k -> {
      Set<String> own = new HashSet<>();
      for (SkillRequirement r : o.requirements()) if (!r.general()) own.add(r.skill());
      return Set.copyOf(own);
    }));
  }

  private Optional<Measure> measureAgainst(Credential c, Set<String> listed) {
    List<String> taught = taughtSkills.computeIfAbsent(c.id(), k -> {
      Set<String> own = new LinkedHashSet<>();
      for (TaughtSkill s : c.skills()) if (!generic.contains(s.skill())) own.add(s.skill());
      return List.copyOf(own);
    });
    if (taught.isEmpty()) return Optional.empty();
    List<String> on = new ArrayList<>();
    for (String s : taught) if (listed.contains(s)) on.add(s);
    return Optional.of(new Measure(on, taught.size()));
  }

  /** The taught skills an occupation lists, out of {@code taught}. */
  public record Measure(List<String> onTarget, int taught) {
    public double share() {
      return (double) onTarget.size() / taught;
    }
  }

  /** Each skill {@code o} lists with its highest importance, cached per occupation. */
  private Map<String, Double> importancesOf(Occupation o) {
    return importances.computeIfAbsent(o.id(), k -> {
      Map<String, Double> m = new HashMap<>();
      for (SkillRequirement r : o.requirements()) m.merge(r.skill(), r.importance(), Math::max);
      return Map.copyOf(m);
    });
  }

  private static Set<String> skillsOf(Occupation o) {
    Set<String> s = new HashSet<>();
    for (SkillRequirement r : o.requirements()) s.add(r.skill());
    return s;
  }
}
