package io.credpath.graph;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.PrerequisiteCycleException;
import io.credpath.catalog.SkillLevel;
import io.credpath.catalog.Stack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The catalogue as a graph: hard prerequisite edges taken from each credential's {@code requires}
 * (never from {@code recommends}), a skill-to-credential index and stack membership. Built once,
 * read-only afterwards and safe to share between threads.
 */
public final class CredentialGraph {
  private final Catalog catalog;
  /** Edge {@code before -> after}: {@code after} requires {@code before}. Vertices: every credential plus every id mentioned in a requires. */
  private final Graph<String, PrerequisiteEdge> precedes = new DefaultDirectedGraph<>(null, null, false);
  private final Map<String, List<Credential>> teachers;
  private final Map<String, List<Stack>> stacksByComponent;
  private final Map<String, Set<String>> closures = new ConcurrentHashMap<>();

  /** Indexes the catalogue; tolerates prerequisite cycles (see {@link #findCycle()}) and ids mentioned but not held by it. */
  public CredentialGraph(Catalog catalog) {
    this.catalog = catalog;
    // keyed by id: hashing whole records (descriptions, skill lists) would dominate construction time
    Map<String, Map<String, Credential>> teach = new HashMap<>();
    for (Credential c : catalog.credentials()) {
      precedes.addVertex(c.id());
      for (io.credpath.catalog.TaughtSkill s : c.skills()) teach.computeIfAbsent(s.skill(), k -> new LinkedHashMap<>()).putIfAbsent(c.id(), c);
    }
    for (Credential c : catalog.credentials()) {
      for (String before : prerequisitesOf(c)) {
        precedes.addVertex(before);
        // ids are de-duplicated per credential (one may sit in two OR branches), so an equal edge here means a duplicate credential
        if (!precedes.addEdge(before, c.id(), new PrerequisiteEdge(before, c.id()))) {
          throw new IllegalStateException("prerequisite edge added twice: " + before + " -> " + c.id());
        }
      }
    }
    Map<String, List<Credential>> t = new HashMap<>();
    teach.forEach((skill, creds) -> t.put(skill, List.copyOf(creds.values())));
    this.teachers = Map.copyOf(t);
    Map<String, Map<String, Stack>> byComponent = new HashMap<>();
    for (Stack s : catalog.stacks()) {
      for (String id : s.components().credentialIds()) byComponent.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(s.id(), s);
    }
    Map<String, List<Stack>> b = new HashMap<>();
    byComponent.forEach((id, stacks) -> b.put(id, List.copyOf(stacks.values())));
    this.stacksByComponent = Map.copyOf(b);
  }

  private static Set<String> prerequisitesOf(Credential c) {
    return c.requires().map(r -> (Set<String>) new LinkedHashSet<>(r.credentialIds())).orElse(Set.of());
  }

  /** The catalogue this graph indexes. */
  public Catalog catalog() { return catalog; }

  /** Credentials that teach the skill at any level, in catalogue order (retired ones included); empty when none. */
  public List<Credential> teaching(String skillId) {
    return teachers.getOrDefault(skillId, List.of());
  }

  /** Credential ids mentioned directly in the credential's {@code requires}, whichever AND/OR/k-of-n branch they sit in. */
  public Set<String> prerequisitesOf(String credentialId) {
    requireKnown(credentialId);
    Set<String> out = new TreeSet<>();
    for (PrerequisiteEdge e : precedes.incomingEdgesOf(credentialId)) out.add(e.before());
    return Collections.unmodifiableSet(out);
  }

  /** The credentials whose {@code requires} name this one directly (what earning it unlocks), sorted by id. */
  public Set<String> unlockedBy(String credentialId) {
    requireKnown(credentialId);
    Set<String> out = new TreeSet<>();
    for (PrerequisiteEdge e : precedes.outgoingEdgesOf(credentialId)) out.add(e.after());
    return Collections.unmodifiableSet(out);
  }

  /** Every credential id transitively mentioned in {@code requires}, starting from this credential (itself only if on a cycle). */
  public Set<String> closureOf(String credentialId) {
    requireKnown(credentialId);
    return closures.computeIfAbsent(credentialId, this::computeClosure);
  }

  private Set<String> computeClosure(String id) {
    Set<String> seen = new TreeSet<>();
    List<String> pending = new ArrayList<>(Graphs.predecessorListOf(precedes, id));
    while (!pending.isEmpty()) {
      String v = pending.remove(pending.size() - 1);
      if (seen.add(v)) pending.addAll(Graphs.predecessorListOf(precedes, v));
    }
    return Collections.unmodifiableSet(seen);
  }

  /**
   * The credentials that must come before this one given what is held, in an order that can be taken.
   * AND needs every unmet part; OR and k-of-n need nothing when already met, otherwise the cheapest way
   * (see {@link PrerequisiteChoice}). Skill and experience leaves add no credentials: whether they are
   * met is the caller's eligibility check ({@link Holdings#satisfies}). Throws {@link PrerequisiteCycleException}
   * when the prerequisites needed loop back on themselves.
   */
  public Set<String> requiredBefore(String credentialId, Holdings held) {
    requireKnown(credentialId);
    List<String> chosen = new PrerequisiteChoice(catalog, held).requiredFor(credentialId);
    return Collections.unmodifiableSet(new LinkedHashSet<>(orderFor(chosen)));
  }

  /** Credential ids mentioned in this credential's {@code recommends}: advice, not a hard prerequisite edge. */
  public Set<String> recommendedBefore(String credentialId) {
    requireKnown(credentialId);
    return catalog.findCredential(credentialId).flatMap(Credential::recommends)
        .map(r -> Collections.unmodifiableSet(new TreeSet<>(r.credentialIds()))).orElse(Set.of());
  }

  /**
   * These ids with every prerequisite before what requires it (directly or through credentials outside
   * the collection), ties broken by id; throws {@link PrerequisiteCycleException} if they require each other in a loop.
   */
  public List<String> orderFor(Collection<String> ids) {
    Graph<String, PrerequisiteEdge> among = precedenceAmong(ids);
    List<String> order = new ArrayList<>(among.vertexSet().size());
    new TopologicalOrderIterator<>(among, Comparator.<String>naturalOrder()).forEachRemaining(order::add);
    return Collections.unmodifiableList(order);
  }

  /** The longest chain of minimum weeks through prerequisite edges among these ids (0 when empty). */
  public int criticalPathWeeks(Collection<String> ids) {
    Graph<String, PrerequisiteEdge> among = precedenceAmong(ids);
    Map<String, Integer> finish = new HashMap<>();
    int longest = 0;
    TopologicalOrderIterator<String, PrerequisiteEdge> it = new TopologicalOrderIterator<>(among, Comparator.<String>naturalOrder());
    while (it.hasNext()) {
      String v = it.next();
      int start = 0;
      for (String before : Graphs.predecessorListOf(among, v)) start = Math.max(start, finish.get(before));
      int end = start + catalog.findCredential(v).map(Credential::minWeeks).orElse(0);
      finish.put(v, end);
      longest = Math.max(longest, end);
    }
    return longest;
  }

  /** A graph over {@code ids} with an edge wherever one transitively requires the other. */
  private Graph<String, PrerequisiteEdge> precedenceAmong(Collection<String> ids) {
    Graph<String, PrerequisiteEdge> among = new DefaultDirectedGraph<>(null, null, false);
    ids.forEach(id -> { requireKnown(id); among.addVertex(id); });
    for (String after : among.vertexSet()) {
      Set<String> closure = closureOf(after);
      if (closure.contains(after)) throw new PrerequisiteCycleException(cycleThrough(after));
      for (String before : among.vertexSet()) {
        if (closure.contains(before)) among.addEdge(before, after, new PrerequisiteEdge(before, after));
      }
    }
    return among;
  }

  /** The stacks that list this credential among their components, in catalogue order. */
  public List<Stack> stacksContaining(String credentialId) {
    return stacksByComponent.getOrDefault(credentialId, List.of());
  }

  /** Every stack in the catalogue. */
  public List<Stack> stacks() {
    return List.copyOf(catalog.stacks());
  }

  /**
   * A prerequisite cycle in {@code requires} order, the first id repeated at the end ({@code [a, c, b, a]}
   * means a requires c, c requires b, b requires a); starts from the smallest id on any cycle.
   */
  public Optional<List<String>> findCycle() {
    return PrerequisiteCycles.in(new EdgeReversedGraph<>(precedes)).stream().findFirst();
  }

  /** The shortest cycle through {@code v}, following {@code requires}, named from its smallest id. */
  private List<String> cycleThrough(String v) {
    return PrerequisiteCycles.through(new EdgeReversedGraph<>(precedes), v);
  }

  private void requireKnown(String credentialId) {
    if (!precedes.containsVertex(credentialId)) catalog.credential(credentialId); // throws UnknownIdException with suggestions
  }

  /** Number of distinct prerequisite edges (credential pairs). */
  public int prerequisiteEdgeCount() {
    return precedes.edgeSet().size();
  }
}
