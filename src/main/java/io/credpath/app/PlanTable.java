package io.credpath.app;

import io.credpath.planner.Pathway;
import io.credpath.planner.PlanResult;
import io.credpath.planner.Reason;
import java.io.PrintStream;

/** Prints a plan result as readable tables for the terminal. */
final class PlanTable {
  private final PrintStream out;

  PlanTable(PrintStream out) {
    this.out = out;
  }

  void print(PlanResult r) {
    out.printf("Target: %s  %s%n%n", r.target().id(), r.target().title());
    out.println("Skill gap:");
    out.printf("  %-40s %8s %6s %10s %9s%n", "skill", "required", "held", "importance", "essential");
    for (PlanResult.GapItem g : r.gap()) {
      out.printf("  %-40s %8d %6d %10.1f %9s%n", cut(g.name(), 40), g.requiredLevel(), g.heldLevel(), g.importance(),
          g.essential() ? "yes" : "");
    }
    if (r.pathways().isEmpty()) out.println("\nNo pathway: nothing in the catalogue closes any of this gap.");
    for (Pathway p : r.pathways()) {
      out.printf("%n== %s%s: $%,.0f %s, %.0f h, %d weeks, coverage %.0f%%%n", p.label(), p.optimal() ? "" : " (best found, not proven optimal)",
          p.totals().cost(), p.totals().currency(), p.totals().hours(), p.totals().weeks(), p.coverage() * 100);
      out.printf("  %-5s %-50s %-18s %8s %6s  %s%n", "weeks", "credential", "provider", "cost", "hours", "closes");
      for (Pathway.Step s : p.steps()) {
        out.printf("  %2d-%-2d %-50s %-18s %8.0f %6.0f  %s%n", s.startWeek(), s.endWeek(), cut(s.title(), 50), cut(s.provider(), 18),
            s.cost(), s.hours(), String.join(", ", s.closes()));
        for (Reason reason : s.reasons()) out.printf("        why: %s [%s]%n", reason.text(), reason.rule());
      }
      p.stacksEarned().forEach(s -> out.printf("  earns: %s (via %s)%n", s.title(), String.join(", ", s.via())));
      p.suggestions().forEach(s -> out.printf("  suggestion: %s [%s]%n", s.text(), s.rule()));
      p.warnings().forEach(s -> out.printf("  warning: %s [%s]%n", s.text(), s.rule()));
    }
    if (!r.excluded().isEmpty()) out.printf("%n%d candidate(s) excluded by rules (see --json for the list)%n", r.excluded().size());
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
