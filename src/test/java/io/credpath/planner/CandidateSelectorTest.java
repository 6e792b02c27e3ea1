package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which credentials reach the rules for a gap, under the per-skill cap. */
class CandidateSelectorTest {
  private static final Catalog SMALL = Fixtures.smallCatalog();
  private static final String RETIRED = "course:retired-security";

  private static List<String> selected(int perSkill) {
    Occupation security = SMALL.occupation("15-1212.00");
    Gap gap = new GapAnalysis(SMALL, ShippedGapPolicy.POLICY).analyse(security, LearnerProfile.empty());
    return new CandidateSelector(SMALL, new SkillIndex(SMALL, CandidateSelector.ORDERS), perSkill)
        .select(gap, new ItemCredit(security, SMALL),
            new SkillIndex(SMALL, List.of(CandidateSelector.byStanding(java.util.Map.of())))).stream().map(Credential::id).toList();
  }

  @Test
  void aRetiredCredentialReachesTheRulesOnlyWhereTooFewOpenOnesFillTheCap() {
    // The retired course is the cheapest and quickest teacher of security, yet under a cap of one per order every place
    // goes to a credential that can still be earned; with room to spare it is handed to the rules, which say why it is out.
    List<String> tight = selected(1);
    assertThat(tight).doesNotContain(RETIRED);
    assertThat(tight).allSatisfy(id -> assertThat(SMALL.credential(id).retired()).isFalse());
    List<String> roomy = selected(20);
    assertThat(roomy).contains(RETIRED).containsAll(tight);
  }
}
