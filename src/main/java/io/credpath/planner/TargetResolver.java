package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.ClosestNames;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.UnknownIdException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a target (occupation id, exact title, or alternate title, case-insensitively and singular or plural) to one
 * occupation. A title's head, before its first comma, names the occupation too: "teaching assistant" is one of the
 * four "Teaching Assistants, ..." occupations, and the learner is asked which; so does its beginning, word by word
 * ("medical secretary" is Medical Secretaries and Administrative Assistants).
 */
public final class TargetResolver {
  /** More occupations than this sharing a title's beginning are not offered as a choice. */
  private static final int MAX_CHOICES = 12;
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
    return resolve(target, "target");
  }

  /** As {@link #resolve(String)}, {@code role} naming the field in errors ("target", "current occupation"). */
  public Occupation resolve(String target, String role) {
    String t = target.strip();
    var byId = catalog.findOccupation(t);
    if (byId.isPresent()) return byId.get();
    Occupation exact = byTitle.get(key(t));
    if (exact != null) return exact;
    List<Occupation> alternates = byAlternate.getOrDefault(key(t), List.of());
    if (alternates.size() == 1) return alternates.get(0);
    if (alternates.size() > 1) {
      throw new AmbiguousTargetException(role, t, alternates.stream().map(o -> new PlanResult.Target(o.id(), o.title())).toList());
    }
    // The beginning of a title names it too ("medical secretary" for Medical Secretaries and Administrative Assistants).
    String k = key(t);
    List<Occupation> starting = k.isEmpty() ? List.of() : catalog.occupations().stream()
        .filter(o -> key(o.title()).startsWith(k + " ")).toList();
    if (starting.size() == 1) return starting.get(0);
    if (starting.size() > 1 && starting.size() <= MAX_CHOICES) {
      throw new AmbiguousTargetException(role, t, starting.stream().map(o -> new PlanResult.Target(o.id(), o.title())).toList());
    }
    List<Occupation> closest = closest(t);
    throw new UnknownIdException(role.equals("target") ? "occupation" : role, t, closest.stream().map(Occupation::id).toList(),
        closest.stream().map(o -> o.id() + " " + o.title()).toList());
  }

  /**
   * {@code profile} with its current occupation given by id, however the learner named it (an id, a title or an alternate
   * title, as a target may be); unchanged when it names none or already an id.
   */
  public LearnerProfile withCurrentResolved(LearnerProfile profile) {
    if (profile.currentOccupation().isEmpty()) return profile;
    String named = profile.currentOccupation().get();
    String id = resolve(named, "current occupation").id();
    if (id.equals(named)) return profile;
    return new LearnerProfile(profile.heldCredentials(), profile.heldSkills(), profile.experienceYears(), Optional.of(id),
        profile.education());
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
    for (String name : ClosestNames.closest(target, byName.keySet(), 5)) out.addAll(byName.get(name));
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
