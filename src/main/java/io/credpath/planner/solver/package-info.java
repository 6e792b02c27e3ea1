/**
 * The exact optimiser: {@link io.credpath.planner.solver.PathwayOptimizer} runs a depth-first branch-and-bound
 * ({@code BranchAndBound}) over a {@link io.credpath.planner.solver.SearchProblem}, one admissible bound per goal
 * (cost: {@code CostBound}; recognition: {@code RecognitionBound}; coverage: {@code CoverageBound}), with the branching
 * orders and prerequisite hitting sets ({@code PrerequisiteHittingSets}) it needs. It owns everything the search reads
 * and returns (the problem in array form, prerequisite {@code Formula}s, the {@code Objective}, the {@code Solution} and
 * the {@code Work} budget) and imports nothing from the planner: the planner builds the problem and reads the
 * solutions; nothing here knows about credentials, rules or requests.
 */
package io.credpath.planner.solver;
