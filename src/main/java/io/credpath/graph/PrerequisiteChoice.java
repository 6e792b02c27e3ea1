package io.credpath.graph;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.SkillLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses which credentials to earn so that a credential's {@code requires} holds. Options of an OR or a
 * k-of-n are compared by (1) how many of their needs no credential can meet — an unmet experience leaf,
 * an id outside the catalogue, a loop — then (2) {@link Holdings#missing} under what is held so far, then
 * (3) the cost of the credentials they add, prerequisites included; k-of-n picks greedily, one part at a
 * time, so a part that shares prerequisites with an earlier pick becomes cheaper.
 */
final class PrerequisiteChoice {
  private final Catalog catalog;
  private final Holdings held;
  private final LinkedHashSet<String> chosen;
  private final Map<String, Integer> skills;
  private int unreachable;
  private double cost;

  PrerequisiteChoice(Catalog catalog, Holdings held) {
    this(catalog, held, new LinkedHashSet<>(), new HashMap<>(held.skills()), 0, 0);
  }

  private PrerequisiteChoice(Catalog catalog, Holdings held, LinkedHashSet<String> chosen, Map<String, Integer> skills,
      int unreachable, double cost) {
    this.catalog = catalog;
    this.held = held;
    this.chosen = chosen;
    this.skills = skills;
    this.unreachable = unreachable;
    this.cost = cost;
  }

  private PrerequisiteChoice copy() {
    return new PrerequisiteChoice(catalog, held, new LinkedHashSet<>(chosen), new HashMap<>(skills), unreachable, cost);
  }

  private void adopt(PrerequisiteChoice other) {
    chosen.clear();
    chosen.addAll(other.chosen);
    skills.clear();
    skills.putAll(other.skills);
    unreachable = other.unreachable;
    cost = other.cost;
  }

  /** The credentials to earn before {@code credentialId}, each after its own prerequisites. */
  List<String> requiredFor(String credentialId) {
    Set<String> path = new HashSet<>(Set.of(credentialId));
    catalog.findCredential(credentialId).flatMap(Credential::requires).ifPresent(r -> satisfy(r, path));
    return new ArrayList<>(chosen);
  }

  private Holdings now() {
    Set<String> creds = new HashSet<>(held.credentials());
    creds.addAll(chosen);
    return new Holdings(creds, skills, held.experienceYears(), held.background());
  }

  private void satisfy(Requirement r, Set<String> path) {
    Holdings now = now();
    if (now.satisfies(r)) return;
    if (r instanceof Requirement.HasCredential c) {
      earn(c.credential(), path);
    } else if (r instanceof Requirement.HasExperience) {
      unreachable++;
    } else if (r instanceof Requirement.AllOf a) {
      a.of().forEach(part -> satisfy(part, path));
    } else if (r instanceof Requirement.AnyOf a) {
      satisfyAtLeast(1, a.of(), path);
    } else if (r instanceof Requirement.AtLeast a) {
      satisfyAtLeast(a.k(), a.of(), path);
    }
    // An unmet skill leaf adds nothing: credentials teaching the skill are the planner's choice, not a prerequisite.
  }

  private void satisfyAtLeast(int k, List<Requirement> parts, Set<String> path) {
    List<Requirement> open = new ArrayList<>(parts);
    int met = dropMet(open);
    while (met < k && !open.isEmpty()) {
      Holdings now = now();
      PrerequisiteChoice best = null;
      Requirement bestPart = null;
      int bestMissing = 0;
      for (Requirement part : open) {
        PrerequisiteChoice trial = copy();
        trial.satisfy(part, path);
        int missing = now.missing(part);
        if (best == null || better(trial, missing, best, bestMissing)) {
          best = trial;
          bestPart = part;
          bestMissing = missing;
        }
      }
      adopt(best);
      open.remove(bestPart);
      met++; // met as far as credentials can meet it
      met += dropMet(open); // shared prerequisites may have met other parts too
    }
  }

  private int dropMet(List<Requirement> open) {
    Holdings now = now();
    int before = open.size();
    open.removeIf(now::satisfies);
    return before - open.size();
  }

  private static boolean better(PrerequisiteChoice a, int aMissing, PrerequisiteChoice b, int bMissing) {
    if (a.unreachable != b.unreachable) return a.unreachable < b.unreachable;
    if (aMissing != bMissing) return aMissing < bMissing;
    return a.cost < b.cost;
  }

  private void earn(String id, Set<String> path) {
    if (chosen.contains(id) || held.credentials().contains(id)) return;
    if (path.contains(id)) {
      unreachable++;
      return;
    }
    Credential c = catalog.findCredential(id).orElse(null);
    if (c == null) {
      unreachable++;
      chosen.add(id); // still a must-have; the caller sees it is not in the catalogue
      return;
    }
    path.add(id);
    c.requires().ifPresent(r -> satisfy(r, path));
    path.remove(id);
    chosen.add(id);
    cost += c.cost().total();
    for (io.credpath.catalog.TaughtSkill s : c.skills()) skills.merge(s.skill(), s.level(), Math::max);
  }
}
