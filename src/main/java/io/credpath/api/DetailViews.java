package io.credpath.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillRequirement;
import java.util.Comparator;
import java.util.List;

/** Detail pages: an occupation, skill or credential with the names and links a client needs to show it. */
final class DetailViews {
  private static final int LINKS = 20;

  private DetailViews() {}

  /** An id with a display title. */
  record Ref(String id, String title) {}

  /** A required skill with its name. */
  record RequiredSkill(String skill, String name, int level, double importance, boolean essential) {}

  /** An occupation with named required skills and related occupations. */
  record OccupationDetail(@JsonUnwrapped Occupation occupation, List<RequiredSkill> skills, List<Ref> relatedOccupations) {}

  /** A skill with the occupations that need it and credentials (within scope) that teach it. */
  record SkillDetail(@JsonUnwrapped Skill skill, List<Ref> requiredBy, List<Ref> taughtBy) {}

  /**
   * A credential with its total cost, the stacks it is part of, the occupations it prepares for (its issuer's or our
   * curators' word, with titles: the credential's own {@code preparesFor}, named once), those whose required skills it
   * teaches ({@code teachesSkillsFor}, ranked by their importance), its prerequisite tree
   * ({@code prerequisites}: its {@code requires} with each credential named and opened in turn, OR and k-of-n branches
   * kept as such) and what earning it unlocks ({@code unlocks}: credentials in the caller's scope that require it).
   */
  record CredentialDetail(@JsonUnwrapped @JsonIgnoreProperties("preparesFor") Credential credential, double totalCost,
      List<Ref> stacks, List<Ref> preparesFor, List<Ref> teachesSkillsFor,
      @JsonInclude(JsonInclude.Include.NON_NULL) PrerequisiteNode prerequisites, List<Ref> unlocks) {}

  /**
   * A node of a prerequisite tree: {@code kind} is {@code allOf}, {@code anyOf}, {@code atLeast} (with {@code atLeast}
   * of {@code of}), {@code credential} (with its {@code title} and its own {@code requires}, opened once along a branch),
   * {@code skill} (with {@code level}) or {@code experience} (with {@code years}).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PrerequisiteNode(String kind, Integer atLeast, List<PrerequisiteNode> of, String credential, String title,
      PrerequisiteNode requires, String skill, String name, Integer level, Double years) {}

  /** How deep a prerequisite tree opens credentials inside credentials. */
  static final int TREE_DEPTH = 6;

  static PrerequisiteNode tree(Catalog catalog, io.credpath.catalog.Requirement r, java.util.Set<String> opened, int depth) {
    if (r instanceof io.credpath.catalog.Requirement.AllOf a) return combinator("allOf", null, a.of(), catalog, opened, depth);
    if (r instanceof io.credpath.catalog.Requirement.AnyOf a) return combinator("anyOf", null, a.of(), catalog, opened, depth);
    if (r instanceof io.credpath.catalog.Requirement.AtLeast a) return combinator("atLeast", a.k(), a.of(), catalog, opened, depth);
    if (r instanceof io.credpath.catalog.Requirement.HasSkill h) {
      return new PrerequisiteNode("skill", null, null, null, null, null, h.skill(),
          catalog.findSkill(h.skill()).map(Skill::name).orElse(h.skill()), h.level(), null);
    }
    if (r instanceof io.credpath.catalog.Requirement.HasExperience e) {
      return new PrerequisiteNode("experience", null, null, null, null, null, null, null, null, e.years());
    }
    String id = ((io.credpath.catalog.Requirement.HasCredential) r).credential();
    java.util.Optional<Credential> c = catalog.findCredential(id);
    PrerequisiteNode requires = null;
    if (c.isPresent() && c.get().requires().isPresent() && depth < TREE_DEPTH && !opened.contains(id)) {
      java.util.Set<String> path = new java.util.HashSet<>(opened);
      path.add(id);
      requires = tree(catalog, c.get().requires().get(), path, depth + 1);
    }
    return new PrerequisiteNode("credential", null, null, id, c.map(Credential::title).orElse(id), requires, null, null, null, null);
  }

  private static PrerequisiteNode combinator(String kind, Integer k, List<io.credpath.catalog.Requirement> parts, Catalog catalog,
      java.util.Set<String> opened, int depth) {
    return new PrerequisiteNode(kind, k, parts.stream().map(p -> tree(catalog, p, opened, depth)).toList(), null, null, null, null,
        null, null, null);
  }

  static OccupationDetail occupation(Catalog catalog, Occupation o) {
    List<RequiredSkill> skills = o.requirements().stream()
        .map(r -> new RequiredSkill(r.skill(), catalog.findSkill(r.skill()).map(Skill::name).orElse(r.skill()), r.level(),
            r.importance(), r.essential()))
        .toList();
    List<Ref> related = o.related().stream().flatMap(id -> catalog.findOccupation(id).stream())
        .map(r -> new Ref(r.id(), r.title())).toList();
    return new OccupationDetail(o, skills, related);
  }

  static SkillDetail skill(Catalog catalog, Skill s, CatalogScope scope) {
    List<Ref> requiredBy = catalog.occupations().stream()
        .filter(o -> o.requirements().stream().anyMatch(r -> r.skill().equals(s.id())))
        .limit(LINKS).map(o -> new Ref(o.id(), o.title())).toList();
    List<Ref> taughtBy = catalog.credentials().stream().filter(c -> !c.retired() && scope.allows(c) && c.levelOf(s.id()) > 0)
        .limit(LINKS).map(c -> new Ref(c.id(), c.title())).toList();
    return new SkillDetail(s, requiredBy, taughtBy);
  }

  /** Teaches-skills-for ranks occupations by the importance of the required skills this credential teaches. */
  static CredentialDetail credential(Catalog catalog, io.credpath.graph.CredentialGraph graph, Credential c, CatalogScope scope) {
    List<Ref> stacks = graph.stacksContaining(c.id()).stream().map(s -> new Ref(s.id(), s.title())).toList();
    PrerequisiteNode prerequisites = c.requires().map(r -> tree(catalog, r, java.util.Set.of(c.id()), 0)).orElse(null);
    List<Ref> unlocks = graph.unlockedBy(c.id()).stream().flatMap(id -> catalog.findCredential(id).stream())
        .filter(u -> !u.retired() && scope.allows(u)).limit(LINKS).map(u -> new Ref(u.id(), u.title())).toList();
    List<Ref> preparesFor = c.preparesFor().stream().flatMap(id -> catalog.findOccupation(id).stream())
        .map(o -> new Ref(o.id(), o.title())).toList();
    record Scored(Occupation occupation, double score) {}
    List<Ref> teachesSkillsFor = catalog.occupations().stream()
        .map(o -> new Scored(o, o.requirements().stream().filter(r -> c.levelOf(r.skill()) > 0)
            .mapToDouble(SkillRequirement::importance).sum()))
        .filter(s -> s.score() > 0)
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.occupation().id()))
        .limit(LINKS).map(s -> new Ref(s.occupation().id(), s.occupation().title())).toList();
    return new CredentialDetail(c, c.cost().total(), stacks, preparesFor, teachesSkillsFor, prerequisites, unlocks);
  }
}
