package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SharedBudgetOptimizerTest {

  @Test
  void givesACheaperAlternativeWhereCuttingTheLeadingPathwayLeavesALearnerOut() {
    List<LearnerOptions> cohort = List.of(member(2, option(0.5, seat("a", 400))), member(3, option(0.5, seat("a", 400))),
        member(4, option(0.5, seat("a", 400)), option(0.3, seat("b", 150))));
    Allocation a = solve(cohort, new SharedBudget(1000, "USD", List.of()));

    assertThat(a.alone().choices()).containsExactly(0, 0, -1);
    assertThat(a.alone().coverage()).isEqualTo(1.0);
    assertThat(a.choices()).containsExactly(0, 0, 1);
    assertThat(a.coverage()).isCloseTo(1.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.cost()).isEqualTo(950);
    assertThat(a.optimal()).isTrue();
  }

  @Test
  void buysEnoughSeatsForAGroupDiscountThatCuttingOneByOneNeverReaches() {
    List<LearnerOptions> cohort = new ArrayList<>();
    for (int i = 0; i < 10; i++) cohort.add(member(i + 2, option(0.5, seat("a", 100))));
    SharedBudget terms = new SharedBudget(850, "USD",
        List.of(new SharedBudget.CredentialTerms("a", OptionalInt.empty(), List.of(new SharedBudget.Discount(10, 20)))));
    Allocation a = solve(cohort, terms);

    assertThat(a.alone().learners()).isEqualTo(8);
    assertThat(a.alone().cost()).isEqualTo(800);
    assertThat(a.choices()).allMatch(c -> c == 0);
    assertThat(a.coverage()).isEqualTo(5.0);
    assertThat(a.cost()).isEqualTo(800);
  }

  @Test
  void keepsWithinASeatLimitByGivingTheLearnerWhoLosesLeastTheOtherCredential() {
    List<LearnerOptions> cohort = List.of(member(2, option(0.9, seat("a", 100)), option(0.8, seat("b", 100))),
        member(3, option(0.9, seat("a", 100)), option(0.2, seat("b", 100))), member(4, option(0.9, seat("a", 100))));
    SharedBudget terms = new SharedBudget(10_000, "USD", List.of(new SharedBudget.CredentialTerms("a", OptionalInt.of(2), List.of())));
    Allocation a = solve(cohort, terms);

    assertThat(a.alone().choices()).containsExactly(0, 0, -1);
    assertThat(a.choices()).containsExactly(1, 0, 0);
    assertThat(a.coverage()).isCloseTo(2.6, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void whenTheWorkRunsOutAnswersTheBestFoundNeverBelowAloneAndTheSameEveryTime() {
    CohortInstances inst = CohortInstances.generate(7, 400);
    Allocation first = new SharedBudgetOptimizer(inst.learners(), inst.terms(), 20_000).solve();
    Allocation again = new SharedBudgetOptimizer(inst.learners(), inst.terms(), 20_000).solve();

    assertThat(first.optimal()).isFalse();
    assertThat(first.coverage()).isGreaterThanOrEqualTo(first.alone().coverage());
    assertThat(first.upperBound()).isGreaterThanOrEqualTo(first.coverage());
    assertThat(again).isEqualTo(first);
    List<LearnerOptions.Option> chosen = SharedBudgetAgreesWithCpSatTest.chosen(inst, first.choices());
    assertThat(inst.terms().cost(chosen)).isLessThanOrEqualTo(inst.terms().budget() + 1e-6);
    assertThat(inst.terms().overLimit(chosen)).isEmpty();
  }

  @Test
  void theDefaultWorkCoversEverySearchOfTheSizeSaidToBeAlwaysExact() {
    assertThat(SharedBudgetOptimizer.worstCaseWork(SharedBudgetOptimizer.EXACT_UP_TO)).isLessThanOrEqualTo(SharedBudgetOptimizer.DEFAULT_WORK);
    assertThat(SharedBudgetOptimizer.worstCaseWork(SharedBudgetOptimizer.EXACT_UP_TO + 1)).isGreaterThan(SharedBudgetOptimizer.DEFAULT_WORK);
    for (long seed = 1; seed <= 20; seed++) {
      CohortInstances inst = CohortInstances.generate(seed, SharedBudgetOptimizer.EXACT_UP_TO);
      Allocation a = new SharedBudgetOptimizer(inst.learners(), inst.terms(), SharedBudgetOptimizer.worstCaseWork(SharedBudgetOptimizer.EXACT_UP_TO)).solve();
      assertThat(a.optimal()).isTrue();
      assertThat(a.work()).isLessThanOrEqualTo(SharedBudgetOptimizer.worstCaseWork(SharedBudgetOptimizer.EXACT_UP_TO));
    }
  }

  @Test
  void refusesADiscountOfAllOrNothingAndASecondSetOfTermsForOneCredential() {
    assertThatThrownBy(() -> new SharedBudget.Discount(5, 100)).hasMessageContaining("percentOff");
    SharedBudget.CredentialTerms a = new SharedBudget.CredentialTerms("a", OptionalInt.of(3), List.of());
    assertThatThrownBy(() -> new SharedBudget(100, "USD", List.of(a, a))).hasMessageContaining("one set of terms");
  }

  private static Allocation solve(List<LearnerOptions> cohort, SharedBudget terms) {
    return new SharedBudgetOptimizer(cohort, terms, SharedBudgetOptimizer.DEFAULT_WORK).solve();
  }

  private static LearnerOptions member(int line, LearnerOptions.Option... options) {
    return new LearnerOptions(line, "l" + line, List.of(options));
  }

  private static LearnerOptions.Option option(double coverage, LearnerOptions.Seat... seats) {
    return new LearnerOptions.Option(0, "pathway", coverage, List.of(seats));
  }

  private static LearnerOptions.Seat seat(String credential, double cost) {
    return new LearnerOptions.Seat(credential, cost);
  }
}
