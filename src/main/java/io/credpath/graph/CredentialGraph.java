package io.credpath.graph;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Stack;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;

/**
 * The catalogue as a graph for the credential pages: hard prerequisite edges taken from each credential's
 * {@code requires} (never from {@code recommends}), so a page can say what earning a credential unlocks, and stack
 * membership. (Prerequisite loops are found at load by {@link PrerequisiteCycles}; prerequisite trees keep their OR and
 * k-of-n branches and are read from {@code requires} itself.) Built once, read-only afterwards and safe to share
 * between threads.
 */
public final class CredentialGraph {
  private final Catalog catalog;
  /** Edge {@code before -> after}: {@code after} requires {@code before}. Vertices: every credential plus every id mentioned in a requires. */
  private final Graph<String, PrerequisiteEdge> precedes = new DefaultDirectedGraph<>(null, null, false);
  private final Map<String, List<Stack>> stacksByComponent;

  /** Indexes the catalogue; tolerates prerequisite cycles and ids mentioned but not held by it. */
  public CredentialGraph(Catalog catalog) {
    this.catalog = catalog;
    for (Credential c : catalog.credentials()) precedes.addVertex(c.id());
    for (Credential c : catalog.credentials()) {
      for (String before : c.requires().map(r -> (Set<String>) new LinkedHashSet<>(r.credentialIds())).orElse(Set.of())) {
        precedes.addVertex(before);
        // ids are de-duplicated per credential (one may sit in two OR branches), so an equal edge here means a duplicate credential
        if (!precedes.addEdge(before, c.id(), new PrerequisiteEdge(before, c.id()))) {
          throw new IllegalStateException("prerequisite edge added twice: " + before + " -> " + c.id());
        }
      }
    }
    Map<String, Map<String, Stack>> byComponent = new HashMap<>();
    for (Stack s : catalog.stacks()) {
      for (String id : s.components().credentialIds()) byComponent.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(s.id(), s);
    }
    Map<String, List<Stack>> b = new HashMap<>();
    byComponent.forEach((id, stacks) -> b.put(id, List.copyOf(stacks.values())));
    this.stacksByComponent = Map.copyOf(b);
  }

  /** The catalogue this graph indexes. */
  public Catalog catalog() { return catalog; }

  /**
   * The credentials whose {@code requires} name this one directly (what earning it unlocks), sorted by id; an unknown
   * id throws {@link io.credpath.catalog.UnknownIdException} with the closest ids.
   */
  public Set<String> unlockedBy(String credentialId) {
    if (!precedes.containsVertex(credentialId)) catalog.credential(credentialId);
    Set<String> out = new TreeSet<>();
    for (PrerequisiteEdge e : precedes.outgoingEdgesOf(credentialId)) out.add(e.after());
    return Collections.unmodifiableSet(out);
  }

  /** The stacks that list this credential among their components, in catalogue order. */
  public List<Stack> stacksContaining(String credentialId) {
    return stacksByComponent.getOrDefault(credentialId, List.of());
  }
}
