package io.credpath.advising;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/**
 * A tenant's cohorts' allocations under a shared budget, chosen by {@link SharedBudgetOptimizer} from the pathways a
 * finished planning job saved for each member (the planner's labelled alternatives within the learner's own hours and
 * weeks), stored with their terms in one transaction; and the cohort's demand report, from an allocation or from the
 * members' leading pathways.
 */
public final class Allocations {
  private final Database database;
  private final Clock clock;
  private final Random random;
  private final long work;

  /** Allocations over a migrated database; each search spends at most {@code work} steps. */
  public Allocations(Database database, Clock clock, Random random, long work) {
    this.database = database;
    this.clock = clock;
    this.random = random;
    this.work = work;
  }

  /**
   * Chooses the pathways of the tenant's cohort under {@code terms} from the plans of {@code job} (or of the cohort's
   * latest finished job) and stores the choice; {@link NoSuchRecordException} for a cohort or job the tenant does not
   * hold, {@link NotPlannedException} when no job of it has finished.
   */
  public CohortAllocation allocate(Actor actor, String cohortId, SharedBudget terms, Optional<String> job) {
    Planned p = planned(actor.tenant(), cohortId, job);
    List<LearnerOptions> options = p.members().stream().map(Allocations::options).toList();
    Allocation a = new SharedBudgetOptimizer(options, terms, work).solve();
    Instant now = Instant.ofEpochMilli(clock.millis());
    String id = Database.newId(random, "a");
    List<CohortAllocation.MemberChoice> members = new ArrayList<>();
    List<AllocationTable.Row> rows = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      PlannedMember m = p.members().get(i);
      int chosen = a.choices().get(i);
      int alone = a.alone().choices().get(i);
      Optional<LearnerOptions.Option> o = chosen < 0 ? Optional.empty() : Optional.of(options.get(i).options().get(chosen));
      OptionalInt pathway = o.map(x -> OptionalInt.of(x.pathway())).orElse(OptionalInt.empty());
      OptionalInt alonePathway = alone < 0 ? OptionalInt.empty() : OptionalInt.of(options.get(i).options().get(alone).pathway());
      members.add(new CohortAllocation.MemberChoice(m.line(), m.reference(), m.learner(), m.plan(), pathway, o.map(LearnerOptions.Option::label),
          o.map(LearnerOptions.Option::coverage).orElse(0.0), o.map(x -> x.seats().stream().mapToDouble(LearnerOptions.Seat::cost).sum()).orElse(0.0),
          alonePathway));
      rows.add(new AllocationTable.Row(m.line(), m.plan(), pathway, alonePathway));
    }
    int given = (int) a.choices().stream().filter(c -> c >= 0).count();
    CohortAllocation allocation = new CohortAllocation(id, cohortId, p.job(), terms, new CohortAllocation.Outcome(a.coverage(), a.cost(), given),
        new CohortAllocation.Outcome(a.alone().coverage(), a.alone().cost(), a.alone().learners()), a.optimal(), a.upperBound(), a.work(),
        now, actor.keyId(), members);
    return database.write("store allocation " + id, c -> {
      AllocationTable.insert(c, actor.tenant(), allocation, rows);
      AuditTable.append(c, actor, now, "cohort.allocate", id);
      return allocation;
    });
  }

  /** The tenant's allocation {@code id} of cohort {@code cohortId}, with each member's choice as stored. */
  public CohortAllocation find(String tenant, String cohortId, String id) {
    return database.read("read allocation", c -> {
      AllocationTable.Header h = AllocationTable.find(c, tenant, cohortId, id).orElseThrow(() -> new NoSuchRecordException("allocation", id));
      Map<Integer, AllocationTable.Row> rows = AllocationTable.choices(c, id);
      List<CohortAllocation.MemberChoice> members = new ArrayList<>();
      for (PlannedMember m : AllocationTable.planned(c, cohortId, h.job())) {
        AllocationTable.Row r = rows.get(m.line());
        if (r == null) continue;
        Optional<SavedPlan.SavedPathway> p = r.pathway().isPresent() && r.pathway().getAsInt() < m.pathways().size()
            ? Optional.of(m.pathways().get(r.pathway().getAsInt())) : Optional.empty();
        members.add(new CohortAllocation.MemberChoice(m.line(), m.reference(), m.learner(), m.plan(), r.pathway(), p.map(SavedPlan.SavedPathway::label),
            p.map(x -> x.coverage().orElse(0)).orElse(0.0), p.map(x -> x.steps().stream().mapToDouble(SavedPlan.SavedStep::cost).sum()).orElse(0.0),
            r.alone()));
      }
      int given = (int) members.stream().filter(x -> x.pathway().isPresent()).count();
      return new CohortAllocation(h.id(), cohortId, h.job(), h.terms(), new CohortAllocation.Outcome(h.coverage(), h.cost(), given),
          new CohortAllocation.Outcome(h.aloneCoverage(), h.aloneCost(), h.aloneLearners()), h.optimal(), h.upperBound(), h.work(), h.created(),
          h.createdBy(), members);
    });
  }

  /**
   * The tenant's cohort's demand report: from allocation {@code allocationId} when given, else from each member's leading
   * pathway in the cohort's latest finished job (no shared budget, no discounts).
   */
  public DemandReport demand(String tenant, String cohortId, Optional<String> allocationId) {
    if (allocationId.isPresent()) {
      CohortAllocation a = find(tenant, cohortId, allocationId.get());
      Planned p = planned(tenant, cohortId, Optional.of(a.job()));
      Map<Integer, Integer> chosen = new LinkedHashMap<>();
      a.members().forEach(m -> m.pathway().ifPresent(x -> chosen.put(m.line(), x)));
      return new DemandCount(p, chosen, a.terms()).report(Optional.of(a.id()), "allocation " + a.id() + " under a shared budget of "
          + a.terms().budget() + " " + a.terms().currency());
    }
    Planned p = planned(tenant, cohortId, Optional.empty());
    Map<Integer, Integer> leading = new LinkedHashMap<>();
    p.members().stream().filter(m -> !m.pathways().isEmpty() && !m.pathways().get(0).steps().isEmpty()).forEach(m -> leading.put(m.line(), 0));
    return new DemandCount(p, leading, new SharedBudget(0, "USD", List.of())).report(Optional.empty(),
        "each member's leading pathway, planned alone (no shared budget, no discounts)");
  }

  /** A cohort's members planned by one finished job: the job, its start date, the cohort's size and the planned members. */
  record Planned(String job, java.time.LocalDate startDate, String cohort, int size, List<PlannedMember> members) {}

  private Planned planned(String tenant, String cohortId, Optional<String> job) {
    return database.read("read cohort plans", c -> {
      Cohort cohort = CohortTable.find(c, tenant, cohortId).orElseThrow(() -> new NoSuchRecordException("cohort", cohortId));
      String jobId = job.isPresent() ? job.get() : AllocationTable.latestDoneJob(c, tenant, cohortId).orElseThrow(
          () -> new NotPlannedException("cohort " + cohortId + " has no finished planning job: plan it first (POST .../cohorts/" + cohortId + "/plan)"));
      JobTable.Row row = JobTable.find(c, jobId, Optional.of(tenant)).filter(j -> j.cohort().equals(cohortId))
          .orElseThrow(() -> new NoSuchRecordException("job", jobId));
      if (row.state() != JobState.DONE) throw new NotPlannedException("job " + jobId + " is " + row.state().wireName() + ", not done");
      return new Planned(jobId, row.startDate(), cohortId, cohort.members().size(), AllocationTable.planned(c, cohortId, jobId));
    });
  }

  /** The member's saved pathways with a coverage, in the plan's order, a seat per credential at the step's cost. */
  private static LearnerOptions options(PlannedMember m) {
    List<LearnerOptions.Option> out = new ArrayList<>();
    for (int i = 0; i < m.pathways().size(); i++) {
      SavedPlan.SavedPathway p = m.pathways().get(i);
      if (p.coverage().isEmpty()) continue;
      Map<String, Double> seats = new LinkedHashMap<>();
      p.steps().forEach(s -> seats.putIfAbsent(s.credential(), s.cost()));
      out.add(new LearnerOptions.Option(i, p.label(), p.coverage().getAsDouble(),
          seats.entrySet().stream().map(e -> new LearnerOptions.Seat(e.getKey(), e.getValue())).toList()));
    }
    return new LearnerOptions(m.line(), m.learner(), out);
  }
}
