package io.credpath.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Basis;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import io.credpath.rules.facts.Prerequisites;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prerequisite chain through skills that teachers stand for stays a few steps deep on a deep catalogue. */
class PrerequisiteChainTest {
  @Test
  void aSkillIsStoodForByTeachersAtMostThreeDeep() {
    // 40 levels of 5 teachers each: a teacher of skill L requires skill L + 1; walking every path would be 5^40 walks.
    List<Credential> credentials = new ArrayList<>();
    for (int level = 0; level < 40; level++) {
      for (int k = 0; k < 5; k++) {
        Fixtures.CredentialBuilder b = Fixtures.credential("x:teach-" + level + "-" + k).title("Teacher " + level + "." + k)
            .cost(10 + k).taught("s" + level, 3, Basis.SYLLABUS);
        if (level < 39) b.requires(new Requirement.HasSkill("skill:s" + (level + 1), 2));
        credentials.add(b.build());
      }
    }
    Credential goal = Fixtures.credential("x:goal").title("Goal").cost(100).requires(new Requirement.HasSkill("skill:s0", 2)).build();
    credentials.add(goal);
    Catalog catalog = new Catalog(List.of(), List.of(), credentials, List.of(), Map.of());
    Prerequisites p = new PrerequisiteChain(catalog).of(goal, Requests.request().build(), new Holdings(Set.of(), Map.of(), 0), true)
        .orElseThrow();
    assertThat(p.open()).isTrue();
    assertThat(p.titles()).hasSize(4).allSatisfy(t -> assertThat(t).contains("(in this catalogue, Teacher ").contains(".0 teaches it)"));
    assertThat(p.cost()).isEqualTo(40);
  }
}
