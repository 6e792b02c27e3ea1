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
import io.credpath.planner.solver.PathwayOptimizer;
import io.credpath.planner.solver.SearchProblem;
import io.credpath.planner.solver.Solution;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * Measures plan() latency on a synthetic catalogue shaped like the real one (7,500 credentials, 2,000 skills with
 * skewed popularity, 1,000 occupations, prerequisite chains among certifications). Run with
 * {@code java -cp target/classes:target/test-classes io.credpath.planner.PlannerBench}; not a test.
 */
public final class PlannerBench {
  private PlannerBench() {}

  public static void main(String[] args) {
    Random rnd = new Random(42);
    int skillCount = 2000;
    List<Skill> skills = new ArrayList<>();
    for (int s = 0; s < skillCount; s++) skills.add(Fixtures.skill("s" + s, "Skill " + s));
    List<Credential> creds = new ArrayList<>();
    for (int i = 0; i < 7500; i++) {
      boolean cert = rnd.nextInt(10) == 0;
      List<Object> taught = new ArrayList<>();
      int k = 3 + rnd.nextInt(6);
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int t = 0; t < k; t++) {
        int s = popular(rnd, skillCount);
        if (seen.add(s)) {
          taught.add("s" + s);
          taught.add(1 + rnd.nextInt(5));
        }
      }
      Fixtures.CredentialBuilder b = Fixtures.credential("c:" + i).type(cert ? CredentialType.CERTIFICATION : CredentialType.COURSE)
          .cost(cert ? 150 + rnd.nextInt(450) : (rnd.nextInt(5) == 0 ? 0 : 10 + rnd.nextInt(190)))
          .hours(cert ? 40 + rnd.nextInt(120) : 2 + rnd.nextInt(60)).weeks(1 + rnd.nextInt(cert ? 12 : 6), 40)
          .skills(taught.toArray());
      if (cert && i > 100 && rnd.nextInt(3) == 0) {
        Requirement r = switch (rnd.nextInt(3)) {
          case 0 -> new Requirement.AnyOf(List.of(new Requirement.HasCredential("c:" + rnd.nextInt(i)), new Requirement.HasExperience(2)));
          case 1 -> new Requirement.HasSkill("s" + popular(rnd, skillCount), 2);
          default -> new Requirement.AtLeast(1, List.of(new Requirement.HasCredential("c:" + rnd.nextInt(i)),
              new Requirement.HasCredential("c:" + rnd.nextInt(i))));
        };
        b.requires(r);
      }
      creds.add(b.build());
    }
    List<Occupation> occs = new ArrayList<>();
    for (int o = 0; o < 1000; o++) {
      List<SkillRequirement> reqs = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int r = 0; r < 25; r++) {
        int s = popular(rnd, skillCount);
        if (seen.add(s)) {
          reqs.add(new SkillRequirement("skill:s" + s, 1 + rnd.nextInt(5), 1 + 4 * rnd.nextDouble(), rnd.nextInt(6) == 0,
              rnd.nextBoolean(), false, rnd.nextInt(3) == 0 ? "onet-technology" : "derived-tasks"));
        }
      }
      occs.add(new Occupation(String.format("%02d-%04d.00", o / 100, o), "Occupation " + o, List.of(), "", OptionalInt.of(3),
          reqs, List.of(), List.of()));
    }
    Catalog catalog = new Catalog(skills, occs, creds, List.of(), Map.of());
    PathwayPlanner planner = new PathwayPlanner(catalog, new FakeRules(), ShippedGapPolicy.POLICY, Clock.systemUTC());
    List<PlanRequest> requests = new ArrayList<>();
    for (int q = 0; q < 1000; q++) {
      LearnerProfile p = new LearnerProfile(List.of(), List.of(new SkillLevel("skill:s" + rnd.nextInt(50), 3)), rnd.nextInt(5), Optional.empty());
      Budget budget = rnd.nextBoolean() ? Budget.unlimited() : Requests.budget(300.0 + rnd.nextInt(1500), 20 + rnd.nextInt(40), 8);
      requests.add(Requests.request(occs.get(rnd.nextInt(occs.size())).id(), p, budget, Objective.values()[rnd.nextInt(4)], 4));
    }
    for (int w = 0; w < 300; w++) planner.plan(requests.get(w % requests.size()));
    long[] times = new long[requests.size()];
    int timeouts = 0;
    for (int q = 0; q < requests.size(); q++) {
      long t0 = System.nanoTime();
      PlanResult r = planner.plan(requests.get(q));
      times[q] = System.nanoTime() - t0;
      if (r.pathways().stream().anyMatch(p -> !p.optimal())) timeouts++;
    }
    long prepNanos = 0;
    int cands = 0;
    int maxCands = 0;
    for (PlanRequest q : requests.subList(0, 200)) {
      long t0 = System.nanoTime();
      PathwayPlanner.SearchSetup setup = planner.prepare(q);
      prepNanos += System.nanoTime() - t0;
      cands += setup.problem().search.n;
      maxCands = Math.max(maxCands, setup.problem().search.n);
    }
    for (Objective o : Objective.values()) {
      long[] ot = new long[200];
      int unproved = 0;
      for (int q = 0; q < 200; q++) {
        SearchProblem prob = planner.prepare(requests.get(q)).problem().search;
        long t0 = System.nanoTime();
        Optional<Solution> sol = new PathwayOptimizer(prob, o, SearchLimits.defaults().searchNodes()).solve();
        ot[q] = System.nanoTime() - t0;
        if (sol.isPresent() && !sol.get().optimal()) unproved++;
      }
      Arrays.sort(ot);
      System.out.printf("%s: median %.2f ms, p90 %.2f ms, p99 %.2f ms, unproved %d%n", o, ot[100] / 1e6, ot[180] / 1e6, ot[198] / 1e6, unproved);
    }
    System.out.printf("prepare: mean %.2f ms, candidates after pruning mean %d max %d%n", prepNanos / 200e6, cands / 200, maxCands);
    Arrays.sort(times);
    System.out.printf("plans %d: median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, non-optimal pathways in %d plans%n",
        times.length, times[times.length / 2] / 1e6, times[times.length * 9 / 10] / 1e6, times[times.length * 99 / 100] / 1e6,
        times[times.length - 1] / 1e6, timeouts);
  }

  /** A skill index skewed toward the first few hundred, like real skill popularity. */
  private static int popular(Random rnd, int n) {
    double u = rnd.nextDouble();
    return (int) Math.min(n - 1, Math.floor(n * u * u * u));
  }
}
