package io.credpath.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.Requirement.AllOf;
import io.credpath.catalog.Requirement.AnyOf;
import io.credpath.catalog.Requirement.HasCredential;
import io.credpath.catalog.Requirement.HasExperience;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredBeforeTest {
  private static final Holdings NOTHING = new Holdings(Set.of(), Map.of(), 0);
  private final CredentialGraph fixture = new CredentialGraph(Fixtures.smallCatalog());

  private static CredentialGraph graphOf(Credential... credentials) {
    return new CredentialGraph(new Catalog(List.of(), List.of(), List.of(credentials), List.of(), Map.of()));
  }

  private static Requirement cred(String id) {
    return new HasCredential(id);
  }

  @Test
  void needsTheCredentialBranchWithoutExperience() {
    assertThat(fixture.requiredBefore("cert:sec-plus", NOTHING)).containsExactly("cert:net-plus");
  }

  @Test
  void needsNothingWhenExperienceSatisfiesTheOr() {
    assertThat(fixture.requiredBefore("cert:sec-plus", new Holdings(Set.of(), Map.of(), 2))).isEmpty();
  }

  @Test
  void needsNothingWhenThePrerequisiteIsHeld() {
    assertThat(fixture.requiredBefore("cert:sec-plus", new Holdings(Set.of("cert:net-plus"), Map.of(), 0))).isEmpty();
  }

  @Test
  void andNeedsEveryUnmetCredentialRecursively() {
    // cysa = sec-plus AND 3 years; the experience adds no credential but sec-plus still needs net-plus
    assertThat(fixture.requiredBefore("cert:cysa", NOTHING)).containsExactly("cert:net-plus", "cert:sec-plus");
  }

  @Test
  void kOfNAvoidsPartsWhoseExperienceCannotBeMetAndSharesPrerequisites() {
    // expert = 2 of (cysa, pentest, sec-plus); cysa needs 3 years the learner lacks
    assertThat(fixture.requiredBefore("cert:expert", NOTHING))
        .containsExactly("cert:net-plus", "cert:sec-plus", "cert:pentest");
  }

  @Test
  void kOfNCountsPartsAlreadyHeld() {
    Holdings held = new Holdings(Set.of("cert:sec-plus"), Map.of(), 0);
    assertThat(fixture.requiredBefore("cert:expert", held)).containsExactly("cert:pentest");
  }

  @Test
  void picksTheCheapOrBranch() {
    CredentialGraph g = graphOf(
        Fixtures.credential("x:pricey").cost(500).build(),
        Fixtures.credential("x:cheap").cost(50).build(),
        Fixtures.credential("x:target").requires(new AnyOf(List.of(cred("x:pricey"), cred("x:cheap")))).build());
    assertThat(g.requiredBefore("x:target", NOTHING)).containsExactly("x:cheap");
  }

  @Test
  void prefersFewerMissingCredentialsOverLowerCost() {
    CredentialGraph g = graphOf(
        Fixtures.credential("x:one").cost(300).build(),
        Fixtures.credential("x:b").cost(10).build(),
        Fixtures.credential("x:c").cost(10).build(),
        Fixtures.credential("x:target").requires(new AnyOf(List.of(new AllOf(List.of(cred("x:b"), cred("x:c"))), cred("x:one"))))
            .build());
    assertThat(g.requiredBefore("x:target", NOTHING)).containsExactly("x:one");
  }

  @Test
  void countsTheCostOfABranchsOwnPrerequisites() {
    CredentialGraph g = graphOf(
        Fixtures.credential("x:base").cost(400).build(),
        Fixtures.credential("x:looks-cheap").cost(10).requires(cred("x:base")).build(),
        Fixtures.credential("x:fair").cost(100).build(),
        Fixtures.credential("x:target").requires(new AnyOf(List.of(cred("x:looks-cheap"), cred("x:fair")))).build());
    assertThat(g.requiredBefore("x:target", NOTHING)).containsExactly("x:fair");
  }

  @Test
  void keepsPrerequisitesMissingFromARestrictedCatalogue() {
    CredentialGraph g = new CredentialGraph(Fixtures.smallCatalog().restrictedTo(c -> !c.id().equals("cert:net-plus")));
    assertThat(g.requiredBefore("cert:sec-plus", NOTHING)).containsExactly("cert:net-plus");
    assertThat(g.requiredBefore("cert:sec-plus", new Holdings(Set.of(), Map.of(), 5))).isEmpty();
  }

  @Test
  void experienceOnlyRequirementAddsNoCredentials() {
    CredentialGraph g = graphOf(Fixtures.credential("x:senior").requires(new HasExperience(5)).build());
    assertThat(g.requiredBefore("x:senior", NOTHING)).isEmpty();
  }
}
