package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On 150 seeded cohorts of 2 to 12 members (beyond {@link SharedBudgetOptimizer#EXACT_UP_TO}, where exactness is
 * guaranteed by counting), the shared-budget optimiser proves an optimum, and its coverage is CP-SAT's; its selection is within the budget and seat limits and never below planning
 * each learner alone and cutting.
 */
class SharedBudgetAgreesWithCpSatTest {

  @BeforeAll
  static void loadNative() {
    Loader.loadNativeLibraries();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 150);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void optimiserMatchesCpSat(long seed) {
    CohortInstances inst = CohortInstances.generate(seed, 2 + (int) (seed % 11));
    Allocation a = new SharedBudgetOptimizer(inst.learners(), inst.terms(), SharedBudgetOptimizer.DEFAULT_WORK).solve();

    assertThat(a.optimal()).as("proved optimal").isTrue();
    assertThat(Math.round(a.coverage() * 100)).as("coverage in hundredths, seed " + seed).isEqualTo(SharedBudgetCpSat.optimum(inst));
    List<LearnerOptions.Option> chosen = chosen(inst, a.choices());
    assertThat(inst.terms().cost(chosen)).isLessThanOrEqualTo(inst.terms().budget() + 1e-6).isCloseTo(a.cost(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(inst.terms().overLimit(chosen)).isEmpty();
    assertThat(chosen.stream().mapToDouble(LearnerOptions.Option::coverage).sum()).isCloseTo(a.coverage(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(a.coverage()).isGreaterThanOrEqualTo(a.alone().coverage() - 1e-9);
  }

  static List<LearnerOptions.Option> chosen(CohortInstances inst, List<Integer> choices) {
    List<LearnerOptions.Option> out = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) if (choices.get(i) >= 0) out.add(inst.learners().get(i).options().get(choices.get(i)));
    return out;
  }
}
