package io.credpath.advising;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An independent CP-SAT model of a generated cohort (no optimiser code): a boolean per member and option with at most one
 * per member, seats per credential within limits, one active discount tier per credential whose minimum the seats reach,
 * the credential's list cost counted at that tier's price, all within the budget; maximise coverage in hundredths.
 */
final class SharedBudgetCpSat {
  private SharedBudgetCpSat() {}

  /** The most coverage, in hundredths, any selection of {@code inst} reaches. */
  static long optimum(CohortInstances inst) {
    CpModel model = new CpModel();
    TreeMap<String, LinearExprBuilder> seats = new TreeMap<>();
    TreeMap<String, LinearExprBuilder> list = new TreeMap<>();
    TreeMap<String, Long> listMax = new TreeMap<>();
    LinearExprBuilder objective = LinearExpr.newBuilder();
    for (LearnerOptions l : inst.learners()) {
      List<BoolVar> xs = new ArrayList<>();
      for (LearnerOptions.Option o : l.options()) {
        BoolVar x = model.newBoolVar(l.learner() + "-" + o.pathway());
        xs.add(x);
        objective.addTerm(x, Math.round(o.coverage() * 100));
        for (LearnerOptions.Seat s : o.seats()) {
          seats.computeIfAbsent(s.credential(), c -> LinearExpr.newBuilder()).add(x);
          list.computeIfAbsent(s.credential(), c -> LinearExpr.newBuilder()).addTerm(x, Math.round(s.cost()));
          listMax.merge(s.credential(), Math.round(s.cost()), Long::sum);
        }
      }
      model.addLessOrEqual(LinearExpr.sum(xs.toArray(BoolVar[]::new)), 1);
    }
    LinearExprBuilder spent = LinearExpr.newBuilder();
    for (String c : seats.keySet()) {
      LinearExpr n = seats.get(c).build();
      model.addLessOrEqual(n, Math.min(inst.terms().seatLimit(c), 1_000_000));
      List<SharedBudget.Discount> tiers = new ArrayList<>();
      tiers.add(null);
      inst.terms().credentials().stream().filter(t -> t.credential().equals(c)).findFirst().ifPresent(t -> tiers.addAll(t.discounts()));
      List<BoolVar> active = new ArrayList<>();
      LinearExpr sum = list.get(c).build();
      for (SharedBudget.Discount d : tiers) {
        BoolVar t = model.newBoolVar(c + "-tier");
        active.add(t);
        IntVar y = model.newIntVar(0, listMax.get(c), c + "-at-tier");
        model.addEquality(y, sum).onlyEnforceIf(t);
        model.addEquality(y, 0).onlyEnforceIf(t.not());
        if (d != null) model.addGreaterOrEqual(n, d.minSeats()).onlyEnforceIf(t);
        spent.addTerm(y, Math.round(100 - (d == null ? 0 : d.percentOff())));
      }
      model.addEquality(LinearExpr.sum(active.toArray(BoolVar[]::new)), 1);
    }
    model.addLessOrEqual(spent, Math.round(inst.terms().budget() * 100));
    model.maximize(objective);
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1);
    solver.getParameters().setMaxDeterministicTime(20.0);
    CpSolverStatus status = solver.solve(model);
    if (status != CpSolverStatus.OPTIMAL) throw new IllegalStateException("CP-SAT proved no optimum: " + status);
    return Math.round(solver.objectiveValue());
  }
}
