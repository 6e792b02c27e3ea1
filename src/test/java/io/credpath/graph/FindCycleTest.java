package io.credpath.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.PrerequisiteCycleException;
import io.credpath.catalog.Requirement.HasCredential;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindCycleTest {
  private static CredentialGraph graphOf(Credential... credentials) {
    return new CredentialGraph(new Catalog(List.of(), List.of(), List.of(credentials), List.of(), Map.of()));
  }

  private static Credential requiring(String id, String prerequisite) {
    return Fixtures.credential(id).requires(new HasCredential(prerequisite)).build();
  }

  private final CredentialGraph looped = graphOf(
      requiring("x:b", "x:a"), requiring("x:a", "x:c"), requiring("x:c", "x:b"), requiring("x:d", "x:a"),
      Fixtures.credential("x:e").build());

  @Test
  void findsTheCycleInRequiresOrderFromItsSmallestId() {
    assertThat(looped.findCycle()).contains(List.of("x:a", "x:c", "x:b", "x:a"));
  }

  @Test
  void findsACredentialThatRequiresItself() {
    assertThat(graphOf(requiring("x:self", "x:self")).findCycle()).contains(List.of("x:self", "x:self"));
  }

  @Test
  void orderingCredentialsOnACycleNamesTheCycle() {
    assertThatThrownBy(() -> looped.orderFor(List.of("x:b", "x:d")))
        .isInstanceOf(PrerequisiteCycleException.class)
        .hasMessageContaining("credentials.jsonl (id x:a): prerequisite cycle x:a -> x:c -> x:b -> x:a");
  }

  @Test
  void requiredBeforeRefusesPrerequisitesThatLoop() {
    assertThatThrownBy(() -> looped.requiredBefore("x:d", new io.credpath.catalog.Holdings(java.util.Set.of(), Map.of(), 0)))
        .isInstanceOf(PrerequisiteCycleException.class)
        .satisfies(e -> assertThat(((PrerequisiteCycleException) e).cycle()).containsExactly("x:a", "x:c", "x:b", "x:a"));
  }

  @Test
  void credentialsOffTheCycleStillOrder() {
    assertThat(looped.orderFor(List.of("x:e"))).containsExactly("x:e");
  }
}
