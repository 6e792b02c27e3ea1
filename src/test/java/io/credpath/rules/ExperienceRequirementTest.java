package io.credpath.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Requirement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The years a credential asks of a learner are those of a route open to them: ASE's A-series asks two years, or one after
 * a $40,000 school, and a learner with $2,000 who has not been to that school is told two, not one.
 */
class ExperienceRequirementTest {
  private final Credential school = Fixtures.credential("prog:school").cost(40_000).hours(1800).weeks(40, 80).build();
  private final Credential series = Fixtures.credential("cert:series").hours(40).weeks(2, 8)
      .requires(new Requirement.AnyOf(List.of(new Requirement.HasExperience(2),
          new Requirement.AllOf(List.of(new Requirement.HasCredential("prog:school"), new Requirement.HasExperience(1))))))
      .build();
  private final Catalog catalog = new Catalog(List.of(), List.of(), List.of(school, series), List.of(), java.util.Map.of());
  private final ExperienceRequirement experience = new ExperienceRequirement(catalog);

  @Test
  void aRouteThroughACredentialTheLearnerCannotBuyDoesNotCount() {
    assertThat(experience.yearsFor(series)).isEqualTo(1);
    assertThat(experience.yearsFor(series, Set.of(), 2_000)).isEqualTo(2);
  }

  @Test
  void aRouteThroughACredentialTheyHoldOrCanBuyDoes() {
    assertThat(experience.yearsFor(series, Set.of("prog:school"), 2_000)).isEqualTo(1);
    assertThat(experience.yearsFor(series, Set.of(), 50_000)).isEqualTo(1);
    assertThat(experience.yearsFor(school, Set.of(), 2_000)).isZero();
  }
}
