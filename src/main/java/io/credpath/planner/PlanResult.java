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

  /**
   * One skill of the target the learner does not yet hold at the required level; {@code coverable} is false
   * when no usable credential in the catalogue teaches it at that level.
   */
  public record GapItem(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential,
      boolean coverable) {
    /** A gap item assumed coverable. */
    public GapItem(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential) {
      this(skill, name, requiredLevel, heldLevel, importance, essential, true);
    }
  }

  /** A candidate credential that a rule excluded, with the rule's name and reason. */
  public record Excluded(String credential, String rule, String reason) {}
}
