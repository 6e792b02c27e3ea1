package io.credpath.rules;

import static io.credpath.rules.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Requirement;
import io.credpath.planner.NeedPolicy;
import io.credpath.planner.PathwayPlanner;
import io.credpath.planner.PathwayRules.Assessment;
import io.credpath.planner.PlanResult;
import io.credpath.planner.PlanResult.Excluded;
import io.credpath.planner.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the real rules do with retired credentials: the planner hands them over like any candidate, the rules leave them
 * out with a reason the answer shows, a retired credential never acts on an open one, and one the learner holds is
 * noted.
 */
class RetiredCredentialRulesTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-06T00:00:00Z"), ZoneOffset.UTC);
  private static final String RETIRED = "course:retired-security";

  private static Assessment assess(io.credpath.planner.PlanRequest r, Credential... extra) {
    List<Credential> candidates = new ArrayList<>(RealRules.CATALOG.credentials());
    candidates.addAll(List.of(extra));
    return RealRules.assess(RealRules.ENGINE, r, candidates);
  }

  private static List<String> excludedBy(Assessment a, String rule) {
    return a.exclusions().stream().filter(e -> e.rule().equals(rule)).map(Excluded::credential).toList();
  }

  @Test
  void aPlanListsTheRetiredCandidateAsExcludedWithTheRulesReasonAndNeverAsAStep() {
    PathwayPlanner planner = new PathwayPlanner(RealRules.CATALOG, RealRules.ENGINE, io.credpath.planner.ShippedGapPolicy.POLICY, CLOCK);
    PlanResult r = planner.plan(request().maxCost(2000).build());
    assertThat(r.excluded()).filteredOn(e -> e.credential().equals(RETIRED)).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo("ExcludeRetiredCredential");
      assertThat(e.reason()).isEqualTo("Udemy has retired this credential; it can no longer be earned.");
    });
    assertThat(r.pathways()).isNotEmpty().allSatisfy(p ->
        assertThat(p.steps()).extracting(io.credpath.planner.Pathway.Step::credential).doesNotContain(RETIRED));
  }

  @Test
  void aRetiredStandInForEveryStatesOwnLeavesTheOneStatesVersionIn() {
    Credential florida = Fixtures.credential("lic:fl").title("Florida Licence").skills("security", 2).jurisdiction("US-FL").build();
    Credential live = Fixtures.credential("state:lic").title("State licence").skills("security", 2).stateVersions("lic:fl").build();
    Credential retired = Fixtures.credential("state:lic").title("State licence").skills("security", 2).stateVersions("lic:fl")
        .retired().build();
    assertThat(excludedBy(assess(request().build(), florida, live), "ExcludeOneStatesVersionWithoutTheLearnersState"))
        .containsExactly("lic:fl");
    Assessment a = assess(request().build(), florida, retired);
    assertThat(excludedBy(a, "ExcludeOneStatesVersionWithoutTheLearnersState")).isEmpty();
    assertThat(a.exclusions()).extracting(Excluded::credential).doesNotContain("lic:fl").contains("state:lic");
  }

  @Test
  void aRetiredStatesOwnVersionLeavesTheStandInIn() {
    Credential live = Fixtures.credential("lic:fl").title("Florida Licence").skills("security", 2).jurisdiction("US-FL").build();
    Credential retired = Fixtures.credential("lic:fl").title("Florida Licence").skills("security", 2).jurisdiction("US-FL")
        .retired().build();
    Credential standIn = Fixtures.credential("state:lic").title("State licence").skills("security", 2).stateVersions("lic:fl").build();
    assertThat(excludedBy(assess(request().region("US-FL").build(), live, standIn), "ExcludeEveryStatesStandInWhereTheStatesOwnIsKnown"))
        .containsExactly("state:lic");
    Assessment a = assess(request().region("US-FL").build(), retired, standIn);
    assertThat(a.exclusions()).extracting(Excluded::credential).doesNotContain("state:lic").contains("lic:fl");
  }

  @Test
  void aRetiredProfessionalCredentialBringsNoBaseIntoThePlan() {
    Credential live = specialist(false);
    assertThat(assess(request().build(), live).baseFirst()).containsKey("cert:specialist");
    Assessment a = assess(request().build(), specialist(true));
    assertThat(a.baseFirst()).isEmpty();
    assertThat(excludedBy(a, "ExcludeRetiredCredential")).contains("cert:specialist");
  }

  private static Credential specialist(boolean retired) {
    Fixtures.CredentialBuilder b = Fixtures.credential("cert:specialist").title("Services Specialist")
        .type(CredentialType.CERTIFICATION).level(4).exam(500).skills("security", 3)
        .recommends(new Requirement.HasCredential("cert:sec-plus"));
    return (retired ? b.retired() : b).build();
  }

  @Test
  void aRetiredCredentialTheLearnerHoldsIsNotedOnceAndALiveOneIsNot() {
    Assessment a = assess(request().held(RETIRED, "cert:a-plus").build());
    assertThat(a.notes()).filteredOn(n -> n.rule().equals("WarnRetiredCredential")).extracting(Reason::text).containsExactly(
        "Old Security Course, which you hold, has been retired by Udemy: this plan counts what it taught you, but it can no "
            + "longer be earned or renewed, and employers may ask for the credential that replaced it.");
    assertThat(assess(request().held("cert:a-plus").build()).notes()).extracting(Reason::rule).doesNotContain("WarnRetiredCredential");
  }
}
