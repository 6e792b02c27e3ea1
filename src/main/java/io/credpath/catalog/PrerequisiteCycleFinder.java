package io.credpath.catalog;

import java.util.List;
import java.util.Map;

/**
 * Finds the loops in a catalogue's prerequisites, for validation: the loader states what it needs and the credential
 * graph ({@code io.credpath.graph.PrerequisiteCycles}) answers, so there is one cycle search, over JGraphT.
 */
@FunctionalInterface
public interface PrerequisiteCycleFinder {
  /**
   * One loop per group of credentials that require each other, given each credential's direct prerequisites
   * ({@code requires}: id to the ids its {@code requires} names); each loop in {@code requires} order, named from its
   * smallest id, that id repeated at the end ({@code [a, c, b, a]}: a requires c, c requires b, b requires a).
   */
  List<List<String>> cycles(Map<String, List<String>> requires);
}
