package io.credpath.planner;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Requirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The licences someone working in a licensed job holds: where the current occupation's curated entry route is a
 * licence, its credentials of type licence (a working EMT holds the state EMT licence) or its only credential; where
 * it is a certification, the certifications it names (one of them is held, and any one stands for all); and,
 * because a licence is
 * granted only on what it requires, the credentials those require outright (the NREMT EMT certification behind it).
 * A route's other credentials are alternatives, not all held (a teacher passed Praxis, not also the ABCTE route). What
 * the route says employers also require (its {@code alsoRequired}, and any one of each {@code alsoRequiredOneOf} group,
 * which then stands for all of it) is held on any route, and so is what the route says its workers hold after the years
 * the learner has worked (its {@code workersHold}: a surgical technologist's CST, an electrician's journeyman licence
 * after four years), any one of a group standing for all of it.
 */
public final class CurrentJobLicences {
  private CurrentJobLicences() {}

  /**
   * The licences the route of {@code current} names: on a licence route its credentials of type licence, or, when it
   * names none of that type, its only credential (the nurse aide exam is the nurse aide's licence); on a certification
   * route its certifications; and, on any route, what it says employers also require and what it says its workers hold
   * after {@code years} of work.
   */
  public static List<Credential> licences(Catalog catalog, Optional<String> current, double years) {
    return current.flatMap(catalog::findOccupation).flatMap(io.credpath.catalog.Occupation::entryRoute)
        .map(r -> {
          List<Credential> out = new ArrayList<>();
          if (r.route().equals("licence")) {
            List<Credential> named = r.credentials().stream().map(catalog::findCredential).flatMap(Optional::stream)
                .filter(c -> !c.retired()).toList();
            List<Credential> licences = named.stream().filter(c -> c.type() == CredentialType.LICENCE).toList();
            out.addAll(licences.isEmpty() && named.size() == 1 ? named : licences);
          } else if (r.route().equals("certification")) {
            // Where a certification is the usual way in (a teaching assistant's ParaPro or state aide certificate, a
            // pharmacy technician's CPhT), someone working in the job holds one of them, and any one stands for all.
            r.credentials().stream().map(catalog::findCredential).flatMap(Optional::stream).filter(c -> !c.retired())
                .forEach(out::add);
          }
          // What employers require of everyone in the job beside its route (a childcare worker's state health-and-safety
          // training) is held by whoever works there, whatever the route; of a requirement any one of several meets (the
          // pediatric CPR card of either issuer) the worker holds one, and any of them stands for it.
          r.requiredGroups().stream().flatMap(List::stream).map(catalog::findCredential).flatMap(Optional::stream)
              .filter(c -> !c.retired()).filter(c -> !out.contains(c)).forEach(out::add);
          // What the job's workers hold after the years worked (the CST a surgical technologist was hired on), each of a
          // group, as any one of them stands for the rest.
          r.workersHold().stream().filter(h -> h.afterYears() <= years).flatMap(h -> h.oneOf().stream())
              .map(catalog::findCredential).flatMap(Optional::stream).filter(c -> !c.retired()).filter(c -> !out.contains(c))
              .forEach(out::add);
          return List.copyOf(out);
        })
        .orElse(List.of());
  }

  /**
   * The groups of credentials the current job asks for any one of, as ids: its {@code alsoRequiredOneOf}, on a
   * certification route naming several, those, and the groups of several its workers hold after {@code years}.
   */
  public static List<List<String>> oneOfGroups(Catalog catalog, Optional<String> current, double years) {
    return current.flatMap(catalog::findOccupation).flatMap(io.credpath.catalog.Occupation::entryRoute)
        .map(r -> {
          List<List<String>> out = new ArrayList<>(r.alsoRequiredOneOf());
          if (r.route().equals("certification") && r.credentials().size() > 1) out.add(r.credentials());
          r.workersHold().stream().filter(h -> h.afterYears() <= years && h.oneOf().size() > 1).forEach(h -> out.add(h.oneOf()));
          return List.copyOf(out);
        }).orElse(List.of());
  }

  /** {@code profile} with the licences of its current job, and what they require outright, added to what it holds. */
  static LearnerProfile withLicences(Catalog catalog, LearnerProfile profile) {
    List<Credential> licences = licences(catalog, profile.currentOccupation(), profile.experienceYears());
    if (licences.isEmpty()) return profile;
    Set<String> held = new LinkedHashSet<>(profile.heldCredentials());
    Deque<Credential> pending = new ArrayDeque<>(licences);
    while (!pending.isEmpty()) {
      Credential c = pending.poll();
      if (!held.add(c.id()) && !licences.contains(c)) continue;
      c.requires().ifPresent(r -> outright(r).forEach(id -> catalog.findCredential(id).filter(p -> !held.contains(p.id()))
          .ifPresent(pending::add)));
    }
    return new LearnerProfile(new ArrayList<>(held), profile.heldSkills(), profile.experienceYears(), profile.currentOccupation(),
        profile.education());
  }

  /** The credentials {@code r} asks for on every route: the requirement itself, or the parts of an all-of. */
  private static List<String> outright(Requirement r) {
    return r.fold(OUTRIGHT);
  }

  private static final Requirement.Fold<List<String>> OUTRIGHT = new Requirement.Fold<>() {
    @Override public List<String> credential(Requirement.HasCredential h) { return List.of(h.credential()); }
    @Override public List<String> skill(Requirement.HasSkill s) { return List.of(); }
    @Override public List<String> experience(Requirement.HasExperience e) { return List.of(); }

    @Override public List<String> allOf(List<List<String>> parts) {
      List<String> out = new ArrayList<>();
      parts.forEach(out::addAll);
      return out;
    }

    @Override public List<String> atLeast(int k, List<List<String>> parts) { return List.of(); }
  };
}
