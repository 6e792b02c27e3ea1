package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Suggestions;
import io.credpath.catalog.UnknownIdException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a target (occupation id, exact title, or alternate title, case-insensitively and singular or plural) to one
 * occupation. A title's head, before its first comma, names the occupation too: "teaching assistant" is one of the
 * four "Teaching Assistants, ..." occupations, and the learner is asked which.
 */
public final class TargetResolver {
  private final Catalog catalog;
  private final Map<String, Occupation> byTitle = new HashMap<>();
  private final Map<String, List<Occupation>> byAlternate = new HashMap<>();

  public TargetResolver(Catalog catalog) {
    this.catalog = catalog;
    for (Occupation o : catalog.occupations()) {
      byTitle.putIfAbsent(key(o.title()), o);
      Set<String> names = new LinkedHashSet<>();
      o.alternateTitles().forEach(alt -> names.add(key(alt)));
      int comma = o.title().indexOf(',');
      if (comma > 0) names.add(key(o.title().substring(0, comma)));
      for (String alt : names) byAlternate.computeIfAbsent(alt, k -> new ArrayList<>()).add(o);
    }
  }

  /**
   * The occupation the target names; an {@link AmbiguousTargetException} when only a shared alternate title
   * matches, an {@link UnknownIdException} with the closest ids and titles when nothing does.
   */
  public Occupation resolve(String target) {
    String t = target.strip();
    var byId = catalog.findOccupation(t);
    if (byId.isPresent()) return byId.get();
    Occupation exact = byTitle.get(key(t));
    if (exact != null) return exact;
    List<Occupation> alternates = byAlternate.getOrDefault(key(t), List.of());
    if (alternates.size() == 1) return alternates.get(0);
    if (alternates.size() > 1) {
      throw new AmbiguousTargetException(t, alternates.stream().map(o -> new PlanResult.Target(o.id(), o.title())).toList());
    }
    List<Occupation> closest = closest(t);
    throw new UnknownIdException("occupation", t, closest.stream().map(Occupation::id).toList(),
        closest.stream().map(o -> o.id() + " " + o.title()).toList());
  }

  /** Up to five occupations whose id, title or an alternate title is closest to the mistyped target. */
  private List<Occupation> closest(String target) {
    Map<String, List<Occupation>> byName = new LinkedHashMap<>();
    for (Occupation o : catalog.occupations()) {
      byName.computeIfAbsent(o.id(), k -> new ArrayList<>()).add(o);
      byName.computeIfAbsent(o.title(), k -> new ArrayList<>()).add(o);
    }
    byAlternate.forEach((alt, occupations) -> byName.computeIfAbsent(alt, k -> new ArrayList<>()).addAll(occupations));
    Set<Occupation> out = new LinkedHashSet<>();
    for (String name : Suggestions.closest(target, byName.keySet(), 5)) out.addAll(byName.get(name));
    return out.stream().limit(5).toList();
  }

  /** A name compared case-blind, commas aside, word by word without a plural s ("electrician" names Electricians). */
  static String key(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.strip().toLowerCase(Locale.ROOT).replace(",", " ").split("\\s+")) {
      if (out.length() > 0) out.append(' ');
      out.append(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
    }
    return out.toString();
  }
}
