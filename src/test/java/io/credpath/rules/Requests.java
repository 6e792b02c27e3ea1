package io.credpath.rules;

import io.credpath.catalog.Delivery;
import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.LearnerProfile;
import io.credpath.planner.PlanRequest;
import io.credpath.planner.Preferences;
import io.credpath.planner.solver.Objective;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Builds plan requests for rule tests: defaults everywhere, tests override what they exercise. */
final class Requests {
  private Set<Delivery> delivery = Set.of();
  private Set<String> languages = Set.of();
  private Set<String> prefer = Set.of();
  private Set<String> avoid = Set.of();
  private OptionalDouble maxSingleCost = OptionalDouble.empty();
  private boolean accreditedOnly;
  private OptionalDouble maxCost = OptionalDouble.empty();
  private OptionalInt maxWeeks = OptionalInt.empty();
  private double experienceYears = 5;
  private List<String> held = List.of();
  private List<SkillLevel> skills = List.of();
  private Optional<String> tenant = Optional.empty();
  private String target = "15-1212.00";
  private Optional<String> current = Optional.empty();
  private String region = "";
  private java.util.OptionalInt education = java.util.OptionalInt.empty();

  static Requests request() {
    return new Requests();
  }

  Requests delivery(Delivery... d) { this.delivery = Set.of(d); return this; }
  Requests languages(String... l) { this.languages = Set.of(l); return this; }
  Requests prefer(String... p) { this.prefer = Set.of(p); return this; }
  Requests avoid(String... p) { this.avoid = Set.of(p); return this; }
  Requests maxSingleCost(double c) { this.maxSingleCost = OptionalDouble.of(c); return this; }
  Requests accreditedOnly() { this.accreditedOnly = true; return this; }
  Requests maxCost(double c) { this.maxCost = OptionalDouble.of(c); return this; }
  Requests maxWeeks(int w) { this.maxWeeks = OptionalInt.of(w); return this; }
  Requests experience(double years) { this.experienceYears = years; return this; }
  Requests held(String... ids) { this.held = List.of(ids); return this; }
  Requests skill(String slug, int level) { this.skills = List.of(new SkillLevel("skill:" + slug, level)); return this; }
  Requests tenant(String t) { this.tenant = Optional.of(t); return this; }
  Requests target(String t) { this.target = t; return this; }
  Requests currentOccupation(String o) { this.current = Optional.of(o); return this; }
  Requests region(String r) { this.region = r; return this; }
  Requests education(int level) { this.education = java.util.OptionalInt.of(level); return this; }

  PlanRequest build() {
    Preferences p = new Preferences(delivery, languages, prefer, avoid, Objective.CHEAPEST, 4, maxSingleCost, accreditedOnly,
        false, region);
    Budget b = new Budget(maxCost, "USD", OptionalDouble.empty(), maxWeeks, 8);
    LearnerProfile profile = new LearnerProfile(held, skills, experienceYears, current, education);
    return new PlanRequest(target, profile, b, p, tenant, LocalDate.of(2025, 1, 6));
  }
}
