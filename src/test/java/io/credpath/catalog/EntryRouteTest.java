package io.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The reasons a route gives for its steps. */
class EntryRouteTest {
  private static EntryRoute route(Map<String, String> reasons) {
    return new EntryRoute("certification", "Employers ask for the card.", OptionalInt.of(1), List.of("cert:card"),
        List.of("course:first"), "https://example.org", List.of(), List.of(List.of("cpr:a", "cpr:b")), List.of(),
        List.of("cert:extra"), List.of(), reasons);
  }

  @Test
  void givesNoStepReasonsWhereTheRowHasNone() {
    EntryRoute plain = new EntryRoute("on-the-job", "Trained on the job.", OptionalInt.of(1), List.of(), List.of("course:first"),
        "https://example.org");
    assertThat(plain.stepReasons()).isEmpty();
  }

  @Test
  void keepsAReasonForEachStepTheRouteAsksFor() {
    EntryRoute r = route(Map.of("cert:card", "Employers name the card in postings.", "cpr:b", "Employers require CPR."));
    assertThat(r.stepReasons()).containsEntry("cert:card", "Employers name the card in postings.").hasSize(2);
    assertThat(r.withTypicalMonths(OptionalInt.of(3)).stepReasons()).isEqualTo(r.stepReasons());
  }

  @Test
  void refusesAReasonForWhatOnlyHelps() {
    assertThatThrownBy(() -> route(Map.of("cert:extra", "Some employers like it.")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cert:extra");
    assertThatThrownBy(() -> route(Map.of("cert:card", " "))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  @Test
  void aHelperWhoseRouteNamesThePreApprenticeshipAsHelpfulIsPastTheApprenticeshipsFirstSteps() {
    EntryRoute apprenticeship = new EntryRoute("apprenticeship", "A four-year apprenticeship.", OptionalInt.of(48),
        List.of("appr:carpenter"), List.of("pre:pact", "card:osha-10"), "https://example.org");
    EntryRoute helper = new EntryRoute("on-the-job", "Hired and trained on site.", OptionalInt.of(1), List.of(),
        List.of("card:osha-10"), "https://example.org", List.of(), List.of(), List.of(), List.of("pre:pact"));
    EntryRoute cardOnly = new EntryRoute("on-the-job", "Hired and trained on site.", OptionalInt.of(1), List.of(),
        List.of("card:osha-10"), "https://example.org");
    EntryRoute laborer = new EntryRoute("on-the-job", "Hired and trained on site.", OptionalInt.of(1), List.of(),
        List.of("card:osha-10", "card:flagger"), "https://example.org", List.of(), List.of(), List.of(), List.of("pre:pact"));
    assertThat(apprenticeship.firstStepsBehind(java.util.Optional.of(helper), 2)).isTrue();
    assertThat(apprenticeship.firstStepsBehind(java.util.Optional.of(helper), 0.5)).isFalse();
    assertThat(apprenticeship.firstStepsBehind(java.util.Optional.of(cardOnly), 2)).isFalse();
    // (a job whose own way in is not part of the apprenticeship's is another trade's, whatever it finds helpful)
    assertThat(apprenticeship.firstStepsBehind(java.util.Optional.of(laborer), 2)).isFalse();
  }
}
