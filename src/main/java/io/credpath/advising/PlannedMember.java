package io.credpath.advising;

import java.util.List;

/** A cohort member a job planned: the row's line and reference, the learner, the saved plan, its pathways and its gap. */
record PlannedMember(int line, String reference, String learner, String plan, List<SavedPlan.SavedPathway> pathways,
    List<SavedPlan.GapSkill> gap) {
  PlannedMember {
    pathways = List.copyOf(pathways);
    gap = List.copyOf(gap);
  }
}
