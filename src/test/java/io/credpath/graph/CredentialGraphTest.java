package io.credpath.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Stack;
import io.credpath.catalog.UnknownIdException;
import org.junit.jupiter.api.Test;

class CredentialGraphTest {
  private final CredentialGraph graph = new CredentialGraph(Fixtures.smallCatalog());

  @Test
  void aCredentialUnlocksWhatNamesItInAnyBranchOfItsRequires() {
    assertThat(graph.unlockedBy("cert:net-plus")).contains("cert:sec-plus");
    assertThat(graph.unlockedBy("cert:sec-plus")).contains("cert:expert");
    assertThat(graph.unlockedBy("course:excel")).isEmpty();
  }

  @Test
  void recommendationsUnlockNothing() {
    // Network+ recommends A+ first; that is advice, not a prerequisite edge.
    assertThat(graph.unlockedBy("cert:a-plus")).doesNotContain("cert:net-plus");
  }

  @Test
  void findsStacksByComponent() {
    assertThat(graph.stacksContaining("cert:net-plus")).extracting(Stack::id).containsExactly("stack:secure-infra");
    assertThat(graph.stacksContaining("course:excel")).isEmpty();
  }

  @Test
  void unknownCredentialSuggestsCloseIds() {
    assertThatThrownBy(() -> graph.unlockedBy("cert:sec-pls")).isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("cert:sec-plus");
  }
}
