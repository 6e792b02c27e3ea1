package io.credpath.planner;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import io.credpath.planner.solver.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Seeded random planning instances: 15-40 credentials, 4-10 gap skills with levels, AND/OR/k-of-n credential
 * prerequisites, skill-level and experience prerequisites, and budgets. Prerequisites only point at earlier
 * credentials (and foundation skills only early credentials teach), so they are acyclic; every gap skill has
 * a prerequisite-free teacher at its level, so every item is coverable without a budget. About a third prepare for
 * the target, so the rule that a pathway holds at most one of two alternatives on the target's route is exercised.
 */
record Instances(Catalog catalog, PlanRequest request) {
  static final String TARGET = "99-0000.00";
  private static final CredentialType[] TYPES = {CredentialType.COURSE, CredentialType.COURSE, CredentialType.CERTIFICATION,
      CredentialType.PROFESSIONAL_CERTIFICATE, CredentialType.BADGE};

  static Instances generate(long seed) {
    Random rnd = new Random(seed);
    int gapSkills = 4 + rnd.nextInt(7);
    int foundations = 2;
    List<Skill> skills = new ArrayList<>();
    for (int s = 0; s < gapSkills; s++) skills.add(Fixtures.skill("g" + s, "Gap skill " + s));
    for (int f = 0; f < foundations; f++) skills.add(Fixtures.skill("f" + f, "Foundation " + f));
    int[] required = new int[gapSkills];
    List<SkillRequirement> reqs = new ArrayList<>();
    for (int s = 0; s < gapSkills; s++) {
      required[s] = 2 + rnd.nextInt(4);
      double importance = Math.round((1 + 4 * rnd.nextDouble()) * 100) / 100.0;
      reqs.add(new SkillRequirement("skill:g" + s, required[s], importance, rnd.nextInt(3) == 0, false, false, "generated"));
    }
    // The foundations are what most jobs share (general): a prerequisite may ask for them, the gap never does, and a
    // credential teaching one alongside a gap skill is still of the target's field.
    for (int f = 0; f < foundations; f++) {
      reqs.add(new SkillRequirement("skill:f" + f, 3, 3.0, false, false, false, "generated", true, Optional.empty()));
    }
    int n = 15 + rnd.nextInt(26);
    int early = n / 3;
    List<Credential> creds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> taught = new ArrayList<>();
      int k = 1 + rnd.nextInt(3);
      for (int t = 0; t < k; t++) {
        taught.add("g" + rnd.nextInt(gapSkills));
        taught.add(1 + rnd.nextInt(5));
      }
      if (i < early && rnd.nextBoolean()) {
        taught.add("f" + rnd.nextInt(foundations));
        taught.add(1 + rnd.nextInt(3));
      }
      Fixtures.CredentialBuilder b = Fixtures.credential("gen:" + i).title("Generated " + i).type(TYPES[rnd.nextInt(TYPES.length)])
          .cost(rnd.nextInt(50) * 10 + rnd.nextInt(100) / 100.0).hours(2 + rnd.nextInt(120)).weeks(1 + rnd.nextInt(10), 30)
          .skills(dedupe(taught).toArray());
      if (i >= early && rnd.nextDouble() < 0.45) b.requires(prerequisite(rnd, i, foundations));
      // About a third are on the target's route, at levels 1-3, so alternatives among them are exercised.
      if (rnd.nextInt(3) == 0) b.preparesFor(TARGET).level(1 + rnd.nextInt(3));
      creds.add(b.build());
    }
    for (int s = 0; s < gapSkills; s++) {
      creds.add(Fixtures.credential("gen:base" + s).title("Base " + s).cost(100 + rnd.nextInt(400)).hours(20 + rnd.nextInt(100))
          .weeks(2 + rnd.nextInt(8), 30).skills("g" + s, required[s]).build());
    }
    Occupation occ = new Occupation(TARGET, "Generated occupation", List.of(), "", OptionalInt.of(3), reqs, List.of(), List.of());
    Catalog catalog = new Catalog(skills, List.of(occ), creds, List.of(), Map.of());
    List<SkillLevel> heldSkills = new ArrayList<>();
    for (int s = 0; s < gapSkills; s++) if (rnd.nextInt(4) == 0) heldSkills.add(new SkillLevel("skill:g" + s, required[s] - 1));
    if (rnd.nextBoolean()) heldSkills.add(new SkillLevel("skill:f0", 1 + rnd.nextInt(2)));
    List<String> heldCreds = rnd.nextInt(4) == 0 ? List.of("gen:" + rnd.nextInt(early)) : List.of();
    LearnerProfile profile = new LearnerProfile(heldCreds, heldSkills, rnd.nextInt(6), Optional.empty());
    double hpw = 5 + rnd.nextInt(11);
    Budget budget = new Budget(
        rnd.nextBoolean() ? OptionalDouble.of(500 + rnd.nextInt(2500)) : OptionalDouble.empty(), "USD",
        rnd.nextInt(3) == 0 ? OptionalDouble.of(120 + rnd.nextInt(400)) : OptionalDouble.empty(),
        rnd.nextInt(5) < 2 ? OptionalInt.of(12 + rnd.nextInt(40)) : OptionalInt.empty(), hpw);
    Preferences prefs = new Preferences(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
        Objective.CHEAPEST, 4, OptionalDouble.empty(), false);
    return new Instances(catalog, new PlanRequest(TARGET, profile, budget, prefs, Optional.empty(), LocalDate.of(2025, 1, 6)));
  }

  private static List<Object> dedupe(List<Object> pairs) {
    Map<Object, Integer> best = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i += 2) best.merge(pairs.get(i), (Integer) pairs.get(i + 1), Math::max);
    List<Object> out = new ArrayList<>();
    best.forEach((k, v) -> {
      out.add(k);
      out.add(v);
    });
    return out;
  }

  private static Requirement prerequisite(Random rnd, int i, int foundations) {
    return switch (rnd.nextInt(6)) {
      case 0 -> cred(rnd, i);
      case 1 -> new Requirement.AnyOf(List.of(cred(rnd, i), new Requirement.HasExperience(1 + rnd.nextInt(4))));
      case 2 -> new Requirement.AllOf(List.of(cred(rnd, i), cred(rnd, i)));
      case 3 -> new Requirement.AtLeast(2, List.of(cred(rnd, i), cred(rnd, i), cred(rnd, i)));
      case 4 -> new Requirement.HasSkill("skill:f" + rnd.nextInt(foundations), 1 + rnd.nextInt(3));
      default -> new Requirement.AnyOf(List.of(cred(rnd, i), new Requirement.AllOf(List.of(cred(rnd, i),
          new Requirement.HasSkill("skill:f" + rnd.nextInt(foundations), 1 + rnd.nextInt(2))))));
    };
  }

  private static Requirement cred(Random rnd, int i) {
    return new Requirement.HasCredential("gen:" + rnd.nextInt(i));
  }
}
