package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
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
 * occupations). Built once per catalogue.
 */
final class OccupationRelevance {
  /** Part of the measure's definition, not a policy threshold: "generic" means listed by over a third of occupations. */
  private static final double GENERIC_SHARE = 1.0 / 3;
  /** A handful of occupations (a test catalogue) cannot show that a skill is common to most jobs. */
  private static final int GENERIC_MIN_OCCUPATIONS = 10;
  private final Catalog catalog;
  private final Set<String> generic;
  private final Map<String, Set<String>> required = new java.util.concurrent.ConcurrentHashMap<>();

  OccupationRelevance(Catalog catalog) {
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
  Optional<Occupation> occupation(String id) {
    return catalog.findOccupation(id);
  }

  /** The skills {@code c} teaches that {@code o} lists, and how many field-specific skills it teaches; empty when none. */
  Optional<Measure> measure(Credential c, Occupation o) {
    Set<String> listed = required.computeIfAbsent(o.id(), k -> skillsOf(o));
    Set<String> taught = new LinkedHashSet<>();
    for (io.credpath.catalog.TaughtSkill s : c.skills()) if (!generic.contains(s.skill())) taught.add(s.skill());
    if (taught.isEmpty()) return Optional.empty();
    List<String> on = new ArrayList<>();
    for (String s : taught) if (listed.contains(s)) on.add(s);
    return Optional.of(new Measure(on, taught.size()));
  }

  /** The taught skills an occupation lists, out of {@code taught}. */
  record Measure(List<String> onTarget, int taught) {
    double share() {
      return (double) onTarget.size() / taught;
    }
  }

  private static Set<String> skillsOf(Occupation o) {
    Set<String> s = new HashSet<>();
    for (SkillRequirement r : o.requirements()) s.add(r.skill());
    return s;
  }
}
