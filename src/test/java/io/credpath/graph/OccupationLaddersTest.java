package io.credpath.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.LadderPaths.Ladder;
import io.credpath.catalog.LadderPaths.Move;
import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationLaddersTest {
  private static List<List<String>> occupations(List<Ladder> ladders) {
    return ladders.stream().map(Ladder::occupations).toList();
  }

  @Test
  void lightestLaddersComeFirstWithTheirSummedWeights() {
    List<Move> moves = List.of(
        new Move("warehouse", "it-support", 3), new Move("it-support", "netadmin", 2),
        new Move("warehouse", "forklift", 1), new Move("forklift", "netadmin", 6),
        new Move("warehouse", "netadmin", 1));
    List<Ladder> ladders = OccupationLadders.FINDER.lightest("warehouse", "netadmin", moves, 5);
    assertThat(occupations(ladders)).containsExactly(List.of("warehouse", "it-support", "netadmin"),
        List.of("warehouse", "forklift", "netadmin"));
    assertThat(ladders.get(0).weight()).isEqualTo(5);
    assertThat(ladders.get(1).weight()).isEqualTo(7);
  }

  @Test
  void aLadderHasAtMostThreeMovesAndNeverTheDirectOneOrAJobTwice() {
    List<Move> moves = List.of(
        new Move("a", "b", 1), new Move("b", "c", 1), new Move("c", "d", 1), new Move("d", "z", 1),
        new Move("c", "z", 1), new Move("b", "z", 5), new Move("a", "z", 0.1), new Move("c", "b", 1),
        new Move("b", "a", 1), new Move("z", "b", 1));
    List<Ladder> ladders = OccupationLadders.FINDER.lightest("a", "z", moves, 10);
    assertThat(occupations(ladders)).containsExactly(List.of("a", "b", "c", "z"), List.of("a", "b", "z"));
    for (Ladder l : ladders) {
      assertThat(l.occupations()).doesNotHaveDuplicates().hasSizeBetween(3, 4);
    }
  }

  @Test
  void kLimitsTheLaddersAndNoMovesMeansNone() {
    List<Move> moves = List.of(new Move("a", "b", 1), new Move("b", "z", 1), new Move("a", "c", 2), new Move("c", "z", 2));
    assertThat(OccupationLadders.FINDER.lightest("a", "z", moves, 1)).hasSize(1);
    assertThat(OccupationLadders.FINDER.lightest("a", "z", List.of(), 3)).isEmpty();
  }
}
