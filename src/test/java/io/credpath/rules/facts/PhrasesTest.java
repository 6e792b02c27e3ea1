package io.credpath.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small phrase helpers rules build their sentences with. */
class PhrasesTest {
  @Test
  void joinsWithAndOrOr() {
    assertThat(Phrases.and(List.of("A", "B", "C"))).isEqualTo("A, B and C");
    assertThat(Phrases.or(List.of("A", "B"))).isEqualTo("A or B");
  }

  @Test
  void saysYearsOfExperienceAsALearnerWould() {
    assertThat(Phrases.years(0.02)).as("30 documented hours are not 0 months").isEqualTo("a few weeks");
    assertThat(Phrases.years(1.0 / 12)).isEqualTo("a month");
    assertThat(Phrases.years(0.5)).isEqualTo("6 months");
    assertThat(Phrases.years(1)).isEqualTo("a year");
    assertThat(Phrases.years(3)).isEqualTo("three years");
    assertThat(Phrases.years(1.5)).isEqualTo("1.5 years");
  }
}
