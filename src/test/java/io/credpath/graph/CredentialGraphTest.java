package io.credpath.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.Fixtures;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Stack;
import io.credpath.catalog.UnknownIdException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialGraphTest {
  private final CredentialGraph graph = new CredentialGraph(Fixtures.smallCatalog());

  @Test
  void indexesCredentialsBySkillTheyTeach() {
    assertThat(graph.teaching("skill:sql")).extracting(Credential::id)
        .containsExactly("course:sql-basics", "course:sql-advanced", "prog:data-analytics");
    assertThat(graph.teaching("skill:unknown")).isEmpty();
  }

  @Test
  void directPrerequisitesComeFromEveryBranchOfRequires() {
    assertThat(graph.prerequisitesOf("cert:expert")).containsExactly("cert:cysa", "cert:pentest", "cert:sec-plus");
    assertThat(graph.prerequisitesOf("cert:sec-plus")).containsExactly("cert:net-plus");
  }

  @Test
  void recommendationsAreNotPrerequisites() {
    assertThat(graph.prerequisitesOf("cert:net-plus")).isEmpty();
    assertThat(graph.recommendedBefore("cert:net-plus")).containsExactly("cert:a-plus");
  }

  @Test
  void closureFollowsRequiresTransitively() {
    assertThat(graph.closureOf("cert:expert"))
        .containsExactlyInAnyOrder("cert:cysa", "cert:pentest", "cert:sec-plus", "cert:net-plus");
    assertThat(graph.closureOf("course:excel")).isEmpty();
  }

  @Test
  void ordersPrerequisitesFirstWithTiesById() {
    assertThat(graph.orderFor(List.of("course:excel", "cert:expert", "cert:sec-plus", "cert:net-plus")))
        .containsExactly("cert:net-plus", "cert:sec-plus", "cert:expert", "course:excel");
  }

  @Test
  void ordersThroughPrerequisitesOutsideTheCollection() {
    assertThat(graph.orderFor(List.of("cert:expert", "cert:net-plus"))).containsExactly("cert:net-plus", "cert:expert");
  }

  @Test
  void criticalPathIsTheLongestChainOfMinimumWeeks() {
    assertThat(graph.criticalPathWeeks(List.of("cert:net-plus", "cert:sec-plus", "cert:cysa", "cert:pentest", "course:excel")))
        .isEqualTo(6 + 6 + 8);
    assertThat(graph.criticalPathWeeks(List.of("course:excel", "course:linux"))).isEqualTo(1);
    assertThat(graph.criticalPathWeeks(List.of())).isZero();
  }

  @Test
  void findsStacksByComponent() {
    assertThat(graph.stacksContaining("cert:net-plus")).extracting(Stack::id).containsExactly("stack:secure-infra");
    assertThat(graph.stacksContaining("course:excel")).isEmpty();
    assertThat(graph.stacks()).extracting(Stack::id).containsExactly("stack:secure-infra");
  }

  @Test
  void fixtureHasNoCycle() {
    assertThat(graph.findCycle()).isEmpty();
  }

  @Test
  void countsDistinctPrerequisiteEdges() {
    // sec-plus<-net-plus, cysa<-sec-plus, pentest<-sec-plus, expert<-{cysa, pentest, sec-plus}
    assertThat(graph.prerequisiteEdgeCount()).isEqualTo(6);
  }

  @Test
  void unknownCredentialSuggestsCloseIds() {
    assertThatThrownBy(() -> graph.closureOf("cert:sec-pls"))
        .isInstanceOf(UnknownIdException.class).hasMessageContaining("cert:sec-plus");
  }
}
