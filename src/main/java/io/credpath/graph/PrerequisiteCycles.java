package io.credpath.graph;

import io.credpath.catalog.PrerequisiteCycleFinder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Prerequisite loops over a directed graph whose edges follow {@code requires} (a requires b: a -> b): one per strongly
 * connected set (Kosaraju), as the shortest loop through the set's smallest id (breadth-first), named from that id. The
 * one cycle search: the catalogue's validation reaches it through the port it owns ({@link PrerequisiteCycleFinder}),
 * since the catalogue may not depend on the graph.
 */
public final class PrerequisiteCycles implements PrerequisiteCycleFinder {
  /** The finder the taxonomy loader is given. */
  public static final PrerequisiteCycles FINDER = new PrerequisiteCycles();

  private PrerequisiteCycles() {}

  @Override
  public List<List<String>> cycles(Map<String, List<String>> requires) {
    Graph<String, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    requires.forEach((id, before) -> {
      g.addVertex(id);
      for (String b : before) {
        g.addVertex(b);
        g.addEdge(id, b);
      }
    });
    return in(g);
  }

  /** One loop per strongly connected set of {@code requires} (edges a -> b where a requires b), smallest first. */
  private static <E> List<List<String>> in(Graph<String, E> requires) {
    List<String> starts = new ArrayList<>();
    for (Set<String> scc : new KosarajuStrongConnectivityInspector<>(requires).stronglyConnectedSets()) {
      String v = scc.iterator().next();
      if (scc.size() > 1 || requires.containsEdge(v, v)) starts.add(Collections.min(scc));
    }
    Collections.sort(starts);
    List<List<String>> out = new ArrayList<>();
    for (String v : starts) out.add(through(requires, v));
    return out;
  }

  /** The shortest loop through {@code v}, following {@code requires}, named from its smallest id. */
  private static <E> List<String> through(Graph<String, E> requires, String v) {
    BFSShortestPath<String, E> bfs = new BFSShortestPath<>(requires);
    List<String> best = null;
    for (String next : new TreeSet<>(Graphs.successorListOf(requires, v))) {
      List<String> cycle = new ArrayList<>(List.of(v));
      if (next.equals(v)) {
        cycle.add(v);
      } else {
        GraphPath<String, E> back = bfs.getPath(next, v);
        if (back == null) continue;
        cycle.addAll(back.getVertexList());
      }
      if (best == null || cycle.size() < best.size()) best = cycle;
    }
    if (best == null) throw new IllegalStateException(v + " is not on a prerequisite cycle");
    // start from the smallest id so the same loop is always named the same way
    List<String> loop = best.subList(0, best.size() - 1);
    int from = loop.indexOf(Collections.min(loop));
    List<String> named = new ArrayList<>(loop.subList(from, loop.size()));
    named.addAll(loop.subList(0, from));
    named.add(named.get(0));
    return List.copyOf(named);
  }
}
