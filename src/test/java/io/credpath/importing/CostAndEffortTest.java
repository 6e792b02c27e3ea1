package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CostAndEffortTest {

  @Test
  void parsesRoadmapExamCost() {
    RoadmapCost cost = RoadmapCost.parse(List.of("$979 exam", "SANS course recommended"));

    assertThat(cost.items()).containsExactly(new CredentialRecord.CostItem("exam", 979));
    assertThat(cost.estimate()).isFalse();
  }

  @Test
  void takesTheMidpointOfARangeAndMarksItAnEstimate() {
    RoadmapCost cost = RoadmapCost.parse(List.of("$1,000 - $2,000 course"));

    assertThat(cost.items()).containsExactly(new CredentialRecord.CostItem("tuition", 1500));
    assertThat(cost.estimate()).isTrue();
  }

  @Test
  void marksApproximateCostsAndIgnoresTravel() {
    RoadmapCost approx = RoadmapCost.parse(List.of("~$1,600 written exam"));
    RoadmapCost withTravel = RoadmapCost.parse(List.of("$12,000 est Travel cost", "$2,050 Hands-on Lab"));

    assertThat(approx.estimate()).isTrue();
    assertThat(approx.items().get(0).amount()).isEqualTo(1600);
    assertThat(withTravel.items()).containsExactly(new CredentialRecord.CostItem("exam", 2050));
    assertThat(withTravel.estimate()).isFalse();
  }

  @Test
  void reportsUnparseableCostText() {
    assertThat(RoadmapCost.parse(List.of("Resume review")).parsed()).isFalse();
  }

  @Test
  void estimatesCourseraCostAndHoursFromTheDurationBucket() {
    CourseraEstimates coursera = Vocabularies.COURSERA;
    CourseraEffort weeks = coursera.fromBucket("1 - 4 Weeks").orElseThrow();
    CourseraEffort months = coursera.fromBucket(" 3 - 6 Months ").orElseThrow();

    assertThat(coursera.cost(weeks, "course").amount()).isEqualTo(49.0);
    assertThat(weeks.hours()).isEqualTo(12);
    assertThat(coursera.cost(months, "professional-certificate").amount()).isEqualTo(245.0);
    assertThat(months.minWeeks()).isEqualTo(13);
    assertThat(months.maxWeeks()).isEqualTo(26);
    assertThat(coursera.cost(coursera.typicalFor("guided-project"), "guided-project").amount()).isEqualTo(9.99);
    assertThat(coursera.typicalFor("guided-project").hours()).isEqualTo(2);
    assertThat(coursera.typicalFor("specialization")).isEqualTo(coursera.fromBucket("1 - 3 months").orElseThrow());
    assertThat(coursera.fromBucket("24 meses")).isEmpty();
  }

  @Test
  void parsesUdemyPricesAndDerivesWeeks() {
    assertThat(UdemyImporter.parseDouble("Free")).isZero();
    assertThat(UdemyImporter.parseDouble("200")).isEqualTo(200);
    StudyPace udemy = Vocabularies.SETTINGS.udemyPace();
    assertThat(udemy.minWeeks(39)).isEqualTo(4);
    assertThat(udemy.maxWeeks(39)).isEqualTo(13);
    assertThat(udemy.minWeeks(0.5)).isEqualTo(1);
  }

  @Test
  void mapsOnetLevelsAndOfferingEffortToOurScale() {
    assertThat(RequiredSkill.levelFromOnet(0)).isEqualTo(1);
    assertThat(RequiredSkill.levelFromOnet(3.5)).isEqualTo(3);
    assertThat(RequiredSkill.levelFromOnet(7)).isEqualTo(5);
    assertThat(CredentialRecord.taughtLevel(2, 1)).isEqualTo(1);
    assertThat(CredentialRecord.taughtLevel(100, 1)).isEqualTo(3);
    assertThat(CredentialRecord.taughtLevel(100, 4)).isEqualTo(5);
  }
}
