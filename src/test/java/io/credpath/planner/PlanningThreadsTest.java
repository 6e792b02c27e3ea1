package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PlanningThreadsTest {

  @Test
  void answersEachPieceInTheOrderOfItsItems() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    try (PlanningThreads threads = new PlanningThreads(2)) {
      // uneven pieces, so helpers and the caller finish out of order
      List<Long> sums = threads.each(items, i -> LongSum.upTo(i % 7 == 0 ? 200_000 : i));
      assertThat(sums).isEqualTo(items.stream().map(i -> LongSum.upTo(i % 7 == 0 ? 200_000 : i)).toList());
    }
  }

  @Test
  void throwsTheExceptionAPieceThrewAsItWasThrown() {
    IllegalArgumentException thrown = new IllegalArgumentException("unknown occupation: 99-9999.00");
    try (PlanningThreads threads = new PlanningThreads(1)) {
      assertThatThrownBy(() -> threads.each(List.of(1, 2, 3, 4), i -> {
        if (i == 3) throw thrown;
        return i;
      })).isSameAs(thrown);
    }
  }

  @Test
  void withoutHelpersPlansEveryPieceInTheCallersThread() {
    Thread caller = Thread.currentThread();
    try (PlanningThreads threads = PlanningThreads.callerOnly()) {
      assertThat(threads.each(List.of(1, 2, 3), i -> Thread.currentThread() == caller)).containsExactly(true, true, true);
    }
  }

  @Test
  void aClosedPoolStillAnswersInTheCallersThread() {
    PlanningThreads threads = new PlanningThreads(2);
    threads.close();
    assertThat(threads.each(List.of(1, 2, 3), i -> i * 2)).containsExactly(2, 4, 6);
  }

  private static final class LongSum {
    static long upTo(int n) {
      long s = 0;
      for (int i = 0; i <= n; i++) s += i;
      return s;
    }
  }
}
