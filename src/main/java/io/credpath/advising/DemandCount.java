package io.credpath.advising;

import io.credpath.planner.PlanResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Counts a planned cohort's demand from one pathway per member (by line), priced under {@code terms}. */
final class DemandCount {
  private final Allocations.Planned planned;
  private final Map<Integer, Integer> pathways;
  private final SharedBudget terms;

  DemandCount(Allocations.Planned planned, Map<Integer, Integer> pathways, SharedBudget terms) {
    this.planned = planned;
    this.pathways = pathways;
    this.terms = terms;
  }

  DemandReport report(Optional<String> allocation, String basis) {
    Map<String, String> titles = new HashMap<>();
    Map<String, List<DemandReport.Served>> served = new TreeMap<>();
    Map<String, Map<String, double[]>> quarters = new HashMap<>();
    List<LearnerOptions.Option> chosen = new ArrayList<>();
    for (PlannedMember m : planned.members()) {
      Integer index = pathways.get(m.line());
      if (index == null || index >= m.pathways().size()) continue;
      SavedPlan.SavedPathway p = m.pathways().get(index);
      Map<String, Double> seats = new LinkedHashMap<>();
      for (SavedPlan.SavedStep s : p.steps()) {
        if (seats.containsKey(s.credential())) continue;
        seats.put(s.credential(), s.cost());
        titles.putIfAbsent(s.credential(), s.title());
        LocalDate starts = planned.startDate().plusWeeks(s.startWeek() - 1L);
        served.computeIfAbsent(s.credential(), k -> new ArrayList<>()).add(new DemandReport.Served(m.line(), m.reference(), m.learner(), starts));
        double[] q = quarters.computeIfAbsent(s.credential(), k -> new TreeMap<>()).computeIfAbsent(DemandCsv.quarter(starts), k -> new double[2]);
        q[0]++;
        q[1] += s.cost();
      }
      chosen.add(new LearnerOptions.Option(index, p.label(), p.coverage().orElse(0),
          seats.entrySet().stream().map(e -> new LearnerOptions.Seat(e.getKey(), e.getValue())).toList()));
    }
    List<DemandReport.CredentialDemand> credentials = new ArrayList<>();
    double list = 0;
    double cost = 0;
    for (SharedBudget.SeatsBought b : terms.seats(chosen).values()) {
      double keep = (100 - b.percentOff()) / 100;
      List<DemandReport.QuarterDemand> byQuarter = quarters.get(b.credential()).entrySet().stream()
          .map(e -> new DemandReport.QuarterDemand(e.getKey(), (int) e.getValue()[0], e.getValue()[1] * keep)).toList();
      credentials.add(new DemandReport.CredentialDemand(b.credential(), titles.get(b.credential()), b.seats(), b.listCost(), b.percentOff(),
          b.cost(), byQuarter, served.get(b.credential())));
      list += b.listCost();
      cost += b.cost();
    }
    credentials.sort(Comparator.comparingInt((DemandReport.CredentialDemand d) -> -d.seats()).thenComparing(DemandReport.CredentialDemand::credential));
    return new DemandReport(planned.cohort(), planned.job(), allocation, basis, planned.size(), planned.members().size(), chosen.size(),
        list, cost, credentials, gapSkills());
  }

  /**
   * Each gap item of the planned members that credentials are bought for or a route teaches, by how many members' gaps
   * hold it, then by id; the background items shown beside a gap and never bought ({@code general}, {@code area}) are left out.
   */
  private List<DemandReport.GapDemand> gapSkills() {
    Map<String, SavedPlan.GapSkill> first = new HashMap<>();
    Map<String, int[]> count = new HashMap<>();
    for (PlannedMember m : planned.members()) {
      for (SavedPlan.GapSkill g : m.gap()) {
        if (g.kind().equals(PlanResult.GENERAL) || g.kind().equals(PlanResult.AREA)) continue;
        first.putIfAbsent(g.skill(), g);
        int[] n = count.computeIfAbsent(g.skill(), k -> new int[2]);
        n[0]++;
        if (g.coverable()) n[1]++;
      }
    }
    int size = planned.members().size();
    return count.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .map(e -> {
          SavedPlan.GapSkill g = first.get(e.getKey());
          return new DemandReport.GapDemand(g.skill(), g.name(), g.kind(), e.getValue()[0], (double) e.getValue()[0] / size, e.getValue()[1]);
        }).toList();
  }
}
