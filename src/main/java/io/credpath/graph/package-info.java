/**
 * The two graphs a user navigates, the only package that imports JGraphT: the credential graph (prerequisite edges from
 * {@code requires}, the skill-to-credential index and stack membership, with closure, ordering, critical path and cycle
 * detection) and the occupation graph of career ladders ({@link io.credpath.graph.OccupationLadders}: k-shortest paths
 * over the moves between jobs the planner weighs).
 */
package io.credpath.graph;
