package io.credpath.graph;

import io.credpath.catalog.LadderPaths;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * The cheapest ladders from one occupation to another through one or two intermediate jobs: the k shortest paths
 * (Yen's algorithm) over a weighted directed graph of occupations whose edges are the moves a caller allows, each
 * weighted by what the move costs. The graph is layered (the start, a first rung, a second rung, the target), so no
 * ladder has more than three moves, visits a job twice, or is the direct move itself.
 */
public final class OccupationLadders implements LadderPaths {
  /** The ladder search the planner is given. */
  public static final LadderPaths FINDER = new OccupationLadders();

  private OccupationLadders() {}

  /**
   * {@inheritDoc} A move from the start opens a first rung, a move between two other jobs leads from a first rung to a
   * second, and a move into the target ends a ladder; moves from the start straight to the target are left out.
   */
  @Override
  public List<Ladder> lightest(String start, String target, List<Move> moves, int k) {
    Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    String from = "0|" + start;
    String to = "3|" + target;
    g.addVertex(from);
    g.addVertex(to);
    for (Move m : moves) {
      if (m.from().equals(m.to()) || m.to().equals(start) || m.from().equals(target)) continue;
      if (m.from().equals(start)) {
        if (!m.to().equals(target)) edge(g, from, "1|" + m.to(), m.weight());
      } else if (m.to().equals(target)) {
        edge(g, "1|" + m.from(), to, m.weight());
        edge(g, "2|" + m.from(), to, m.weight());
      } else {
        edge(g, "1|" + m.from(), "2|" + m.to(), m.weight());
      }
    }
    List<Ladder> out = new ArrayList<>();
    for (GraphPath<String, DefaultWeightedEdge> p : new YenKShortestPath<>(g).getPaths(from, to, k)) {
      List<String> occupations = p.getVertexList().stream().map(v -> v.substring(2)).toList();
      out.add(new Ladder(occupations, p.getWeight()));
    }
    return out;
  }

  private static void edge(Graph<String, DefaultWeightedEdge> g, String a, String b, double weight) {
    g.addVertex(a);
    g.addVertex(b);
    DefaultWeightedEdge e = g.addEdge(a, b);
    if (e != null) g.setEdgeWeight(e, weight);
  }
}
