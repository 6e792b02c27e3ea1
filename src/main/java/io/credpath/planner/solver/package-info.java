/**
 * The exact optimiser: {@link io.credpath.planner.solver.PathwayOptimizer} runs a depth-first branch-and-bound
 * ({@code BranchAndBound}) over the planner's {@link io.credpath.planner.SearchProblem}, one admissible bound per goal
 * (cost: {@code CostBound}; recognition: {@code RecognitionBound}; coverage: {@code CoverageBound}), with the branching
 * orders and prerequisite hitting sets ({@code PrerequisiteHittingSets}) it needs. The planner builds the problem and reads the solutions; nothing here
 * knows about credentials, rules or requests.
 */
package io.credpath.planner.solver;
