package io.credpath.planner.solver;

/**
 * A budget of search work counted in branch-and-bound nodes, not wall time, so the same request on the same catalogue
 * and rules always gets the same answer whatever the machine's load. A slice is a share of its parent: work spent in
 * the slice is spent in the parent too.
 */
public final class Work {
  private final Work parent;
  private long left;

  /** A budget of {@code nodes} nodes. */
  public Work(long nodes) {
    this(nodes, null);
  }

  private Work(long nodes, Work parent) {
    this.left = Math.max(0, nodes);
    this.parent = parent;
  }

  /** A share of at most {@code nodes} of what is left here. */
  public Work slice(long nodes) {
    return new Work(Math.min(nodes, left), this);
  }

  /** Spends one node; false when the budget is used up. */
  public boolean spend() {
    if (left == 0) return false;
    left--;
    if (parent != null) parent.spend();
    return true;
  }

  /** The nodes left to spend. */
  public long left() {
    return left;
  }
}
