package io.credpath.api;

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

  /** A credential with its total cost, the stacks it is part of and the occupations it prepares for. */
  record CredentialDetail(@JsonUnwrapped Credential credential, double totalCost, List<Ref> stacks, List<Ref> preparesFor) {}

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

  /** Prepares-for ranks occupations by the importance of the required skills this credential teaches. */
  static CredentialDetail credential(Catalog catalog, Credential c) {
    List<Ref> stacks = catalog.stacks().stream().filter(s -> s.components().credentialIds().contains(c.id()))
        .map(s -> new Ref(s.id(), s.title())).toList();
    record Scored(Occupation occupation, double score) {}
    List<Ref> preparesFor = catalog.occupations().stream()
        .map(o -> new Scored(o, o.requirements().stream().filter(r -> c.levelOf(r.skill()) > 0)
            .mapToDouble(SkillRequirement::importance).sum()))
        .filter(s -> s.score() > 0)
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.occupation().id()))
        .limit(LINKS).map(s -> new Ref(s.occupation().id(), s.occupation().title())).toList();
    return new CredentialDetail(c, c.cost().total(), stacks, preparesFor);
  }
}
