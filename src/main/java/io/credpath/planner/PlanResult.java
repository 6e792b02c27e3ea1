package io.credpath.planner;

import java.util.List;

/** The planner's answer: the output contract shared by the API, the CLI's {@code --json} and the widget. */
public record PlanResult(Target target, List<GapItem> gap, List<Pathway> pathways, List<Excluded> excluded) {
  public PlanResult {
    gap = List.copyOf(gap);
    pathways = List.copyOf(pathways);
    excluded = List.copyOf(excluded);
  }

  /** The occupation planned for. */
  public record Target(String id, String title) {}

  /** One skill of the target the learner does not yet hold at the required level. */
  public record GapItem(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential) {}

  /** A candidate credential that a rule excluded, with the rule's name and reason. */
  public record Excluded(String credential, String rule, String reason) {}
}
