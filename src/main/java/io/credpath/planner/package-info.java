/**
 * Pathway planning: skill-gap analysis, candidate selection, the exact optimiser and the week-by-week
 * scheduler. The optimiser is the sub-package {@link io.credpath.planner.solver}, which owns its problem, objectives,
 * solutions and work budget and depends on nothing here: the planner builds the problem from credentials ({@code
 * CandidateProblem}), calls the solver and reads the solutions back. Talks to the rule engine only through {@link io.credpath.planner.PathwayRules}, an interface it owns;
 * imports no library beyond the JDK. {@link io.credpath.planner.SkillMatcher} (free text to skill ids) is the port
 * search implements for it, but no planning step calls it yet: a plan starts from skill and credential ids.
 *
 * <p>"Optimal" on a pathway means the branch-and-bound search finished within its work limit (counted in nodes, not
 * time) and proved the pathway best for its label's objective over the candidate set (see {@link
 * io.credpath.planner.SearchLimits} for both the node limit and the per-skill cap that bounds that set; dominance
 * pruning after it is exact). Objectives and the weeks of a set are defined on {@link
 * io.credpath.planner.solver.PathwayOptimizer}; the returned alternatives are Pareto-optimal over (cost, scheduled weeks,
 * -recognition, -coverage) among the solutions found.
 *
 * <p>Every pathway keeps to the week budget as scheduled, not only as estimated: when the optimum's week-by-week
 * schedule runs over, the planner searches again for the best that fits (see {@code PathwayPlanner.solveWithinWeeks})
 * and marks that pathway not proven optimal. Only when nothing fits is an over-running pathway returned, with a
 * warning that says so.
 */
package io.credpath.planner;
