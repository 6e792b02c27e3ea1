package io.credpath.planner;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.SkillRequirement;
import io.credpath.planner.solver.Objective;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An independent CP-SAT model of one generated instance, built straight from the catalogue (no planner code):
 * a boolean per credential, finish weeks with prerequisite times (k-of-n as "k parts done by then"), gap
 * coverage, budgets, and weeks >= max(finish), weeks x hours per week >= total hours. Each gap item is worth its
 * importance in two halves: the lower half for a credential teaching it at least one level below the required level
 * (above what the learner holds), the upper half only at the required level.
 */
final class CpSatModel {
  /** CP-SAT's work limit per solve, in its deterministic time units (see {@link #optimum}). */
  private static final double MAX_DETERMINISTIC_TIME = 10.0;
  private final Instances inst;
  private final CpModel model = new CpModel();
  private final List<Credential> creds = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final Set<String> heldCreds = new HashSet<>();
  private final Map<String, Integer> heldSkills = new HashMap<>();
  private final List<SkillRequirement> gap = new ArrayList<>();
  private BoolVar[] x;
  private IntVar[] finish;
  private IntVar weeks;
  private long big;

  CpSatModel(Instances inst) {
    this.inst = inst;
  }

  /** The optimum of {@code objective} in planner units, or empty when infeasible. */
  OptionalLong optimum(Objective objective) {
    build(objective != Objective.COVERAGE);
    LinearExprBuilder obj = LinearExpr.newBuilder();
    switch (objective) {
      case CHEAPEST -> {
        for (int i = 0; i < creds.size(); i++) obj.addTerm(x[i], CandidateProblem.cents(creds.get(i).cost().total()));
        model.minimize(obj);
      }
      case FASTEST -> model.minimize(weeks);
      case RECOGNISED -> {
        for (SkillRequirement g : gap) {
          for (int slack : new int[] {1, 0}) {
            // The lower half's recognition counts only where nothing closes the item in full.
            if (slack == 1 && !coverers(g, 0).isEmpty()) continue;
            IntVar r = model.newIntVar(0, 3000, "r");
            LinearExprBuilder best = LinearExpr.newBuilder();
            LinearExprBuilder one = LinearExpr.newBuilder();
            for (int i : coverers(g, slack)) {
              BoolVar y = model.newBoolVar("y");
              model.addImplication(y, x[i]);
              best.addTerm(y, Math.round(1000 * FakeRules.weight(creds.get(i))));
              one.add(y);
            }
            model.addLessOrEqual(one, 1);
            model.addLessOrEqual(r, best);
            obj.add(r);
          }
        }
        model.maximize(obj);
      }
      case COVERAGE -> {
        for (SkillRequirement g : gap) {
          long whole = Math.round(1000 * g.importance());
          for (int slack : new int[] {1, 0}) {
            BoolVar z = model.newBoolVar("z");
            LinearExprBuilder any = LinearExpr.newBuilder();
            for (int i : coverers(g, slack)) any.add(x[i]);
            model.addLessOrEqual(z, any);
            obj.addTerm(z, slack == 1 ? whole - whole / 2 : whole / 2);
          }
        }
        model.maximize(obj);
      }
    }
    CpSolver solver = new CpSolver();
    // One worker makes the search deterministic, and its limit is counted in work (CP-SAT's deterministic time,
    // roughly seconds on a quiet machine), not on the clock: a slow or loaded machine takes longer but reaches the
    // same answer. The 200 instances need at most 0.003 units each; the limit only stops a runaway model.
    solver.getParameters().setNumWorkers(1);
    solver.getParameters().setMaxDeterministicTime(MAX_DETERMINISTIC_TIME);
    CpSolverStatus status = solver.solve(model);
    if (status == CpSolverStatus.INFEASIBLE) return OptionalLong.empty();
    if (status != CpSolverStatus.OPTIMAL) {
      throw new IllegalStateException("CP-SAT did not prove an optimum within " + MAX_DETERMINISTIC_TIME + " units of work: " + status);
    }
    return OptionalLong.of(Math.round(solver.objectiveValue()));
  }

  private void build(boolean closeGap) {
    var p = inst.request().profile();
    heldCreds.addAll(p.heldCredentials());
    for (SkillLevel s : p.heldSkills()) heldSkills.merge(s.skill(), s.level(), Math::max);
    for (String id : p.heldCredentials()) {
      for (io.credpath.catalog.TaughtSkill s : inst.catalog().credential(id).skills()) heldSkills.merge(s.skill(), s.level(), Math::max);
    }
    for (Credential c : inst.catalog().credentials()) {
      if (heldCreds.contains(c.id()) || c.retired()) continue;
      index.put(c.id(), creds.size());
      creds.add(c);
    }
    int n = creds.size();
    big = 1;
    for (Credential c : creds) big += Math.max(1, c.minWeeks());
    x = new BoolVar[n];
    finish = new IntVar[n];
    for (int i = 0; i < n; i++) {
      x[i] = model.newBoolVar("x" + i);
      finish[i] = model.newIntVar(0, 3 * big, "f" + i);
    }
    weeks = model.newIntVar(0, 3 * big, "weeks");
    LinearExprBuilder cost = LinearExpr.newBuilder();
    LinearExprBuilder hours = LinearExpr.newBuilder();
    for (int i = 0; i < n; i++) {
      Credential c = creds.get(i);
      int w = Math.max(1, c.minWeeks());
      if (c.requires().isPresent()) {
        LinearArgument t = time(c.requires().get());
        model.addLessOrEqual(t, big - 1).onlyEnforceIf(x[i]);
        model.addGreaterOrEqual(finish[i], LinearExpr.newBuilder().add(t).add(w)).onlyEnforceIf(x[i]);
      } else {
        model.addGreaterOrEqual(finish[i], w).onlyEnforceIf(x[i]);
      }
      model.addGreaterOrEqual(weeks, finish[i]).onlyEnforceIf(x[i]);
      cost.addTerm(x[i], CandidateProblem.cents(c.cost().total()));
      hours.addTerm(x[i], CandidateProblem.hundredths(c.hours()));
    }
    alternatives();
    var budget = inst.request().budget();
    long hpw100 = Math.round(budget.hoursPerWeek() * 100);
    model.addGreaterOrEqual(LinearExpr.term(weeks, hpw100), hours);
    budget.maxCost().ifPresent(m -> model.addLessOrEqual(cost, CandidateProblem.cents(m)));
    budget.maxHours().ifPresent(m -> model.addLessOrEqual(hours, CandidateProblem.hundredths(m)));
    budget.maxWeeks().ifPresent(m -> model.addLessOrEqual(weeks, m));
    for (SkillRequirement r : inst.catalog().occupation(Instances.TARGET).requirements()) {
      if (!r.general() && heldSkills.getOrDefault(r.skill(), 0) < r.level()) gap.add(r);
    }
    if (closeGap) {
      for (SkillRequirement g : gap) {
        LinearExprBuilder any = LinearExpr.newBuilder();
        for (int i : coverers(g, 0)) any.add(x[i]);
        model.addGreaterOrEqual(any, 1);
      }
    }
  }

  /**
   * At most one of two alternatives on the target's route: both prepare for it, both are exams (certification or
   * licence) or both training, neither names the other as a prerequisite, and their skills are at least half shared
   * (Jaccard), or at least half of the smaller one's at the same level: two or more (between trainings, one of them in either's
   * title), or one both have by title.
   */
  private void alternatives() {
    for (int i = 0; i < creds.size(); i++) {
      for (int j = i + 1; j < creds.size(); j++) {
        Credential a = creds.get(i);
        Credential b = creds.get(j);
        if (!a.preparesFor().contains(Instances.TARGET) || !b.preparesFor().contains(Instances.TARGET)) continue;
        if (exam(a) != exam(b) || named(a, b.id()) || named(b, a.id())) continue;
        Set<String> sa = new HashSet<>();
        a.skills().forEach(s -> sa.add(s.skill()));
        Set<String> sb = new HashSet<>();
        b.skills().forEach(s -> sb.add(s.skill()));
        Set<String> both = new HashSet<>(sa);
        both.retainAll(sb);
        Set<String> either = new HashSet<>(sa);
        either.addAll(sb);
        Set<String> named = new HashSet<>();
        a.skills().stream().filter(s -> s.basis() == io.credpath.catalog.Basis.TITLE).forEach(s -> named.add(s.skill()));
        boolean bothNamed = b.skills().stream().anyMatch(s -> s.basis() == io.credpath.catalog.Basis.TITLE && named.contains(s.skill()));
        b.skills().stream().filter(s -> s.basis() == io.credpath.catalog.Basis.TITLE).forEach(s -> named.add(s.skill()));
        boolean sharesANamedOne = both.stream().anyMatch(named::contains);
        boolean same = 2 * both.size() >= either.size() || (a.level() == b.level() && 2 * both.size() >= Math.min(sa.size(), sb.size())
            && ((both.size() >= 2 && (exam(a) || sharesANamedOne)) || bothNamed));
        same |= rung(a, b) || rung(b, a);
        if (same) model.addLessOrEqual(LinearExpr.newBuilder().add(x[i]).add(x[j]), 1);
      }
    }
  }

  /**
   * One issuer's exam below another of its exams on the same subject: a higher level, the subject the lower one is named
   * for (its first title skill, else its first syllabus skill) taught at least as well, and half of what it shows.
   */
  private static boolean rung(Credential lower, Credential higher) {
    if (!exam(lower) || !exam(higher) || higher.level() <= lower.level() || !higher.provider().equalsIgnoreCase(lower.provider())) {
      return false;
    }
    List<io.credpath.catalog.TaughtSkill> shown = new ArrayList<>();
    lower.skills().stream().filter(t -> t.basis() == io.credpath.catalog.Basis.TITLE).forEach(shown::add);
    lower.skills().stream().filter(t -> t.basis() == io.credpath.catalog.Basis.SYLLABUS).forEach(shown::add);
    if (shown.isEmpty()) return false;
    java.util.function.Predicate<io.credpath.catalog.TaughtSkill> covered = t -> higher.skills().stream()
        .anyMatch(h -> h.skill().equals(t.skill()) && h.basis() != io.credpath.catalog.Basis.TAG && h.level() >= t.level());
    return covered.test(shown.get(0)) && 2 * shown.stream().filter(covered).count() >= shown.size();
  }

  private static boolean exam(Credential c) {
    return c.type() == io.credpath.catalog.CredentialType.CERTIFICATION || c.type() == io.credpath.catalog.CredentialType.LICENCE;
  }

  private static boolean named(Credential c, String id) {
    return c.requires().map(r -> r.credentialIds().contains(id)).orElse(false);
  }

  /** The credentials teaching {@code g} at its level less {@code slack} (one below counts only for a level of 2 or more). */
  private List<Integer> coverers(SkillRequirement g, int slack) {
    // The lower half is earned by reaching one level below, unless the learner is already there: then only a
    // credential at the required level earns it.
    int level = g.level() >= 2 && heldSkills.getOrDefault(g.skill(), 0) < g.level() - slack ? g.level() - slack : g.level();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < creds.size(); i++) if (creds.get(i).levelOf(g.skill()) >= level) out.add(i);
    return out;
  }

  /** The week by which the requirement is met (>= big when it is not). */
  private LinearArgument time(Requirement r) {
    return r.fold(new Requirement.Fold<LinearArgument>() {
      @Override public LinearArgument credential(Requirement.HasCredential hc) {
        if (heldCreds.contains(hc.credential())) return LinearExpr.constant(0);
        Integer j = index.get(hc.credential());
        if (j == null) return LinearExpr.constant(big);
        IntVar t = model.newIntVar(0, 3 * big, "t");
        model.addGreaterOrEqual(t, finish[j]);
        model.addGreaterOrEqual(LinearExpr.newBuilder().add(t).addTerm(x[j], big), big);
        return t;
      }

      @Override public LinearArgument skill(Requirement.HasSkill hs) {
        if (heldSkills.getOrDefault(hs.skill(), 0) >= hs.level()) return LinearExpr.constant(0);
        List<LinearArgument> parts = new ArrayList<>();
        for (Credential c : creds) if (c.levelOf(hs.skill()) >= hs.level()) parts.add(credential(new Requirement.HasCredential(c.id())));
        return parts.isEmpty() ? LinearExpr.constant(big) : gate(1, parts);
      }

      @Override public LinearArgument experience(Requirement.HasExperience e) {
        return LinearExpr.constant(inst.request().profile().experienceYears() >= e.years() ? 0 : big);
      }

      @Override public LinearArgument atLeast(int k, List<LinearArgument> parts) {
        return gate(k, parts);
      }
    });
  }

  private LinearArgument gate(int k, List<LinearArgument> parts) {
    IntVar t = model.newIntVar(0, 3 * big, "gate");
    LinearExprBuilder count = LinearExpr.newBuilder();
    for (LinearArgument part : parts) {
      BoolVar b = model.newBoolVar("b");
      model.addGreaterOrEqual(t, part).onlyEnforceIf(b);
      count.add(b);
    }
    model.addGreaterOrEqual(count, k);
    return t;
  }
}
