package io.credpath.catalog.synthetic;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.Stack;
import io.credpath.catalog.TaughtSkill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generator measures in the shipped catalogue and draws from: the providers with their credentials (each
 * synthetic provider copies one provider's make-up, so provider sizes, types, prices, hours, skills and prerequisite
 * shapes come in the proportions the shipped data has), every taught skill as often as it is taught, the stacks, and
 * the prerequisite depth of each kept credential.
 */
final class ShippedShape {
  private final List<List<Credential>> providers;
  private final List<String> taughtSkills;
  private final List<Stack> stacks;
  private final double stacksPerCredential;
  private final Map<String, Integer> depths = new HashMap<>();
  private final Map<String, Credential> byId;

  ShippedShape(Catalog shipped) {
    Map<String, List<Credential>> byProvider = new LinkedHashMap<>();
    List<String> skills = new ArrayList<>();
    for (Credential c : shipped.credentials()) {
      byProvider.computeIfAbsent(c.provider(), k -> new ArrayList<>()).add(c);
      for (TaughtSkill s : c.skills()) skills.add(s.skill());
    }
    // Within a provider, credentials without prerequisites on others come first, then by level, so that a copy of one
    // that asks for earlier credentials finds some (the shipped order is the importer's, not the issuer's).
    Comparator<Credential> order = Comparator.comparing(ShippedShape::asksForCredentials)
        .thenComparingInt(Credential::level);
    this.providers = byProvider.values().stream().map(l -> l.stream().sorted(order).toList()).toList();
    this.taughtSkills = List.copyOf(skills);
    this.stacks = List.copyOf(shipped.stacks());
    this.stacksPerCredential = shipped.credentials().isEmpty() ? 0 : (double) stacks.size() / shipped.credentials().size();
    this.byId = new HashMap<>();
    shipped.credentials().forEach(c -> byId.put(c.id(), c));
  }

  static boolean asksForCredentials(Credential c) {
    return c.requires().map(r -> !r.credentialIds().isEmpty()).orElse(false);
  }

  /** The shipped providers, each as its credentials in the order a copy is made. */
  List<List<Credential>> providers() { return providers; }

  /** Every skill the shipped credentials teach, once per credential teaching it. */
  List<String> taughtSkills() { return taughtSkills; }

  List<Stack> stacks() { return stacks; }

  double stacksPerCredential() { return stacksPerCredential; }

  /** The length of the longest prerequisite chain below a shipped credential (0 when it asks for no credential). */
  int depth(String id) {
    Integer known = depths.get(id);
    if (known != null) return known;
    Credential c = byId.get(id);
    int d = 0;
    if (c != null) {
      for (String p : c.requires().map(Requirement::credentialIds).orElse(List.of())) d = Math.max(d, 1 + depth(p));
    }
    depths.put(id, d);
    return d;
  }

  /**
   * The shipped credentials that must stay as they are: those the occupations and stacks name ({@code named}), and,
   * recursively, those these ask for, recommend or stand for.
   */
  Set<String> keptWith(Set<String> named) {
    Set<String> kept = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();
    for (String id : named) {
      if (byId.containsKey(id) && kept.add(id)) pending.add(id);
    }
    while (!pending.isEmpty()) {
      Credential c = byId.get(pending.poll());
      List<String> next = new ArrayList<>(c.stateVersions());
      c.requires().ifPresent(r -> next.addAll(r.credentialIds()));
      c.recommends().ifPresent(r -> next.addAll(r.credentialIds()));
      for (String id : next) {
        if (byId.containsKey(id) && kept.add(id)) pending.add(id);
      }
    }
    return kept;
  }
}
