package io.credpath.planner.solver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the optimiser minimises or maximises. */
public enum Objective {
  CHEAPEST, FASTEST, RECOGNISED, COVERAGE;

  /** The name used over HTTP and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The objective with this wire name, if any. */
  public static Optional<Objective> fromWire(String s) {
    return Arrays.stream(values()).filter(o -> o.wireName().equals(s)).findFirst();
  }
}
