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
}
