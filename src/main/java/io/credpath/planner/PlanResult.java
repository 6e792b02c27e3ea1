package io.credpath.planner;

import java.util.List;

/**
 * The planner's answer: the output contract shared by the API, the CLI's {@code --json} and the widget. {@code notes}
 * are the rules' advice about the move as a whole (how people get into the occupation, what no short credential
 * replaces), independent of any one pathway.
 */
public record PlanResult(Target target, List<GapItem> gap, List<Pathway> pathways, List<Excluded> excluded, List<Reason> notes) {
  public PlanResult {
    gap = List.copyOf(gap);
    pathways = List.copyOf(pathways);
    excluded = List.copyOf(excluded);
    notes = List.copyOf(notes);
  }

  /** An answer without notes. */
  public PlanResult(Target target, List<GapItem> gap, List<Pathway> pathways, List<Excluded> excluded) {
    this(target, gap, pathways, excluded, List.of());
  }

  /** The occupation planned for. */
  public record Target(String id, String title) {}

  /**
   * One thing the target needs that the learner does not yet hold at the required level. {@code kind} says what it is:
   * {@code field} (a skill of the field), {@code area} (an O*NET knowledge area or technical skill: background the
   * field's own credentials and work build, shown but never bought on its own: a pathway padded with an economics
   * MOOC for "Economics" or a second certification for "Mathematics" is what an advisor strikes first), {@code tool} (one tool of a kind: {@code oneOf} lists the tools, {@code skill} is the
   * kind), {@code credential} (one of the credentials the field's employers ask for by name, listed in {@code oneOf})
   * {@code route} (a field skill of an occupation entered through a degree, an apprenticeship or a licence programme of
   * more than a year: that route teaches it, and a patchwork of short courses does not stand in for it; shown, never
   * bought) or {@code general} (what most jobs share and people grow by working: shown, never bought with courses).
   * {@code coverable} is false when no usable credential in the catalogue closes it, even partly; {@code bestLevel} is
   * the highest level a usable credential reaches (one below the required level counts half).
   */
  public record GapItem(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential,
      boolean coverable, String kind, List<String> oneOf, int bestLevel) {
    public GapItem {
      java.util.Objects.requireNonNull(kind, "kind");
      oneOf = List.copyOf(oneOf);
    }

    /** A field-skill gap item assumed coverable. */
    public GapItem(String skill, String name, int requiredLevel, int heldLevel, double importance, boolean essential) {
      this(skill, name, requiredLevel, heldLevel, importance, essential, true, FIELD, List.of(), requiredLevel);
    }

    /** This item with what the catalogue can do about it. */
    public GapItem withReach(boolean coverable, int bestLevel) {
      return new GapItem(skill, name, requiredLevel, heldLevel, importance, essential, coverable, kind, oneOf, bestLevel);
    }

    /** Whether the optimiser buys credentials for it (everything but {@code general} and {@code area}). */
    public boolean planned() {
      return !kind.equals(GENERAL) && !kind.equals(AREA) && !kind.equals(ROUTE);
    }
  }

  /** Gap item kinds. */
  public static final String FIELD = "field";
  public static final String AREA = "area";
  public static final String TOOL = "tool";
  public static final String CREDENTIAL = "credential";
  /** The id prefix of the gap item "a credential employers in this field ask for". */
  public static final String FIELD_CREDENTIAL = "credential:";
  /** The id prefix of the gap item "a first step toward it". */
  public static final String FIRST_STEP = "first-step:";
  /** The id prefix of the gap item "the next credential in this field", for someone who holds the route's own. */
  public static final String NEXT_STEP = "next-step:";
  /** The id prefix of a gap item "also required by employers" (followed by its position in the route's list and ":"). */
  public static final String ALSO_REQUIRED = "required:";
  public static final String GENERAL = "general";
  public static final String ROUTE = "route";

  /** A candidate credential that a rule excluded, with the rule's name and reason. */
  public record Excluded(String credential, String rule, String reason) {}
}
