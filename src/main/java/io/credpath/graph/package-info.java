/**
 * The two graphs a user navigates, the only package that imports JGraphT: the credential graph (prerequisite edges from
 * {@code requires}: what a credential unlocks, stack membership, and prerequisite loops found at load and in
 * {@code validate}) and the occupation graph of career ladders ({@link io.credpath.graph.OccupationLadders}: k-shortest
 * paths over the moves between jobs the planner weighs).
 */
package io.credpath.graph;
