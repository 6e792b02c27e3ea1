package io.credpath.rules;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Requirement;
import io.credpath.planner.PlanRequest;
import io.credpath.rules.facts.Prerequisites;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cheapest set of credentials a learner must earn before a credential, by its {@code requires}: all of an
 * {@code allOf}, the cheapest of an {@code anyOf}, the k cheapest of an {@code atLeast}; held credentials are free, a
 * skill level the learner lacks by the cheapest credential that teaches it by title or syllabus (a welding test's
 * welding skill by a welding programme), years of experience are met or not.
 * Where a credential stands for each state's own, the chain goes through the one the learner's state would plan: the
 * stand-in without a state, the state's own version with one (another state's never), as {@code eligibility.drl} does.
 */
final class PrerequisiteChain {
  private final Catalog catalog;
  /** One-state credentials a stand-in exists for, with the stand-in's id. */
  private final java.util.Map<String, String> standInOf = new java.util.HashMap<>();

  /** Per skill, the credentials that teach it by title or syllabus, cheapest first. */
  private final java.util.Map<String, List<Credential>> teachers = new java.util.HashMap<>();

  PrerequisiteChain(Catalog catalog) {
    this.catalog = catalog;
    for (Credential c : catalog.credentials()) {
      for (String v : c.stateVersions()) standInOf.putIfAbsent(v, c.id());
      if (c.retired() || !c.cost().known()) continue;
      for (io.credpath.catalog.TaughtSkill t : c.skills()) {
        if (t.basis().strong()) teachers.computeIfAbsent(t.skill(), k -> new ArrayList<>()).add(c);
      }
    }
    teachers.values().forEach(l -> l.sort(java.util.Comparator.comparingDouble((Credential c) -> c.cost().total())
        .thenComparing(Credential::id)));
  }

  /** Whether the learner's state (or its absence) rules {@code p} out in favour of another version of it. */
  private boolean otherVersionPlanned(Credential p, String region) {
    if (region.isEmpty()) return standInOf.containsKey(p.id());
    if (!p.jurisdiction().isEmpty()) return !p.jurisdiction().equals(region);
    for (String v : p.stateVersions()) {
      if (catalog.findCredential(v).map(x -> x.jurisdiction().equals(region)).orElse(false)) return true;
    }
    return false;
  }

  /**
   * The chain for {@code c}, with the learner's years counting toward experience requirements or not
   * ({@code yearsCount}) and {@code held} what the learner holds (their job's skills among it); empty when it requires
   * nothing the learner lacks.
   */
  Optional<Prerequisites> of(Credential c, PlanRequest request, io.credpath.catalog.Holdings held, boolean yearsCount) {
    if (c.requires().isEmpty()) return Optional.empty();
    Visiting visiting = new Visiting();
    visiting.ids.add(c.id());
    Way way = way(c.requires().get(), yearsCount ? request.profile().experienceYears() : 0, request, held, visiting);
    if (way.open && way.titles.isEmpty()) return Optional.empty();
    return Optional.of(new Prerequisites(c.id(), way.cost, new ArrayList<>(way.titles), way.open, yearsCount));
  }

  /** {@code w} with its teacher named for the skill it stands for: what is asked is the skill, not that credential. */
  private Way taughtBy(Way w, Requirement.HasSkill hs, Credential teacher) {
    String skill = catalog.findSkill(hs.skill()).map(io.credpath.catalog.Skill::name).orElse(hs.skill());
    Set<String> titles = new LinkedHashSet<>();
    for (String t : w.titles) {
      titles.add(t.equals(teacher.title()) ? skill + " at level " + hs.level() + " (in this catalogue, " + t + " teaches it)" : t);
    }
    return new Way(w.cost, titles, w.open);
  }

  private record Way(double cost, Set<String> titles, boolean open) {
    static final Way NONE = new Way(0, Set.of(), true);
    static final Way CLOSED = new Way(Double.POSITIVE_INFINITY, Set.of(), false);

    Way and(Way o) {
      Set<String> t = new LinkedHashSet<>(titles);
      t.addAll(o.titles);
      return new Way(cost + o.cost, t, open && o.open);
    }

    boolean cheaperThan(Way o) {
      return open != o.open ? open : cost < o.cost;
    }
  }

  /**
   * The credentials on the way being walked, and the ways already found (per credential and teaching depth) for
   * credentials whose walk met none of them: those do not depend on the path, so each is walked once (a skill's teachers that require skills whose teachers require
   * skills would otherwise be walked once per path, exponentially many).
   */
  private static final class Visiting {
    final Set<String> ids = new HashSet<>();
    final java.util.Map<String, Way> found = new java.util.HashMap<>();
    int blocked;
    /** How many skills on the way are stood for by a teacher. */
    int taught;
  }

  /**
   * How deep a skill is stood for by a teacher whose own prerequisites are walked; deeper, the teacher counts by its own
   * cost. Teachers require skills that other teachers teach, and walking every such chain (fifty deep in the shipped
   * catalogue) takes minutes while a career changer is never told of more than a few steps before the one they asked for.
   */
  private static final int TAUGHT_DEPTH = 3;

  private Way way(Requirement r, double years, PlanRequest request, io.credpath.catalog.Holdings held, Visiting visiting) {
    return r.fold(new Ways(years, request, held, visiting));
  }

  /** The way through each part of an expression, for one learner and one walk. */
  private final class Ways implements Requirement.Fold<Way> {
    private final double years;
    private final PlanRequest request;
    private final io.credpath.catalog.Holdings held;
    private final Visiting visiting;

    Ways(double years, PlanRequest request, io.credpath.catalog.Holdings held, Visiting visiting) {
      this.years = years;
      this.request = request;
      this.held = held;
      this.visiting = visiting;
    }

    @Override public Way credential(Requirement.HasCredential h) {
      if (held.credentials().contains(h.credential())) return Way.NONE;
      String key = h.credential() + "@" + visiting.taught;
      Way known = visiting.found.get(key);
      if (known != null) return known;
      Optional<Credential> found = catalog.findCredential(h.credential());
      if (found.isEmpty() || !found.get().cost().known() || otherVersionPlanned(found.get(), request.preferences().region())) {
        return Way.CLOSED;
      }
      if (!visiting.ids.add(h.credential())) {
        visiting.blocked++;
        return Way.CLOSED;
      }
      int blocked = visiting.blocked;
      Credential p = found.get();
      Way own = new Way(p.cost().total(), new LinkedHashSet<>(List.of(p.title())), true);
      Way out = p.requires().map(x -> x.fold(this)).map(own::and).orElse(own);
      visiting.ids.remove(h.credential());
      if (visiting.blocked == blocked) visiting.found.put(key, out);
      return out;
    }

    @Override public Way experience(Requirement.HasExperience e) {
      return years >= e.years() ? Way.NONE : Way.CLOSED;
    }

    @Override public Way skill(Requirement.HasSkill hs) {
      if (held.levelFor(hs.skill()) >= hs.level()) return Way.NONE;
      // The cheapest open way through the first few teachers at that level (the catalogue may list many).
      Way best = Way.CLOSED;
      int tried = 0;
      for (Credential t : teachers.getOrDefault(hs.skill(), List.of())) {
        if (t.strongLevelOf(hs.skill()) < hs.level() || otherVersionPlanned(t, request.preferences().region())) continue;
        if (visiting.ids.contains(t.id())) {
          visiting.blocked++;
          continue;
        }
        Way w;
        if (visiting.taught >= TAUGHT_DEPTH) {
          w = new Way(t.cost().total(), new LinkedHashSet<>(List.of(t.title())), true);
        } else {
          visiting.taught++;
          w = credential(new Requirement.HasCredential(t.id()));
          visiting.taught--;
        }
        if (w.cheaperThan(best)) best = taughtBy(w, hs, t);
        if (++tried == 5) break;
      }
      return best;
    }

    @Override public Way allOf(List<Way> parts) {
      Way out = Way.NONE;
      for (Way w : parts) out = out.and(w);
      return out;
    }

    @Override public Way anyOf(List<Way> parts) {
      Way best = null;
      for (Way w : parts) if (best == null || w.cheaperThan(best)) best = w;
      return best == null ? Way.NONE : best;
    }

    @Override public Way atLeast(int k, List<Way> parts) {
      List<Way> ways = new ArrayList<>(parts);
      ways.sort((x, y) -> x.cheaperThan(y) ? -1 : y.cheaperThan(x) ? 1 : 0);
      Way out = Way.NONE;
      for (int i = 0; i < Math.min(k, ways.size()); i++) out = out.and(ways.get(i));
      return k > ways.size() ? Way.CLOSED : out;
    }
  }
}
