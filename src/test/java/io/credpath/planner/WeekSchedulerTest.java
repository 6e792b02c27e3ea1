package io.credpath.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Holdings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WeekSchedulerTest {
  private final Catalog small = Fixtures.smallCatalog();
  private final Holdings nothing = new Holdings(Set.of(), Map.of(), 0);

  private WeekScheduler.Slot slot(WeekScheduler.Schedule s, String id) {
    return s.slots().stream().filter(x -> x.credential().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void runsTwoCredentialsInParallelWhenTheirLoadsFit() {
    Credential a = Fixtures.credential("a").hours(10).weeks(2, 4).build();
    Credential b = Fixtures.credential("b").hours(10).weeks(2, 4).build();
    WeekScheduler.Schedule s = new WeekScheduler(List.of(a, b), nothing, 10, Requests.START).schedule();
    assertThat(s.slots()).allSatisfy(x -> {
      assertThat(x.startWeek()).isEqualTo(1);
      assertThat(x.endWeek()).isEqualTo(2);
    });
    assertThat(s.weeks()).isEqualTo(2);
  }

  @Test
  void runsCredentialsOneAfterAnotherWhenTheHoursCapIsFull() {
    Credential a = Fixtures.credential("a").hours(20).weeks(2, 4).build();
    Credential b = Fixtures.credential("b").hours(20).weeks(2, 4).build();
    WeekScheduler.Schedule s = new WeekScheduler(List.of(a, b), nothing, 10, Requests.START).schedule();
    assertThat(s.weeks()).isEqualTo(4);
  }

  @Test
  void theNextCredentialUsesTheHoursLeftInTheWeekTheLastOneEnds() {
    Credential a = Fixtures.credential("a").hours(100).weeks(1, 26).build();
    Credential b = Fixtures.credential("b").hours(40).weeks(1, 10).build();
    WeekScheduler.Schedule s = new WeekScheduler(List.of(a, b), nothing, 8, Requests.START).schedule();
    assertThat(slot(s, "a").startWeek()).isEqualTo(1);
    assertThat(slot(s, "a").endWeek()).isEqualTo(13);
    assertThat(slot(s, "a").weeklyHours().get(12)).isEqualTo(4.0);
    assertThat(slot(s, "b").startWeek()).isEqualTo(13);
    assertThat(slot(s, "b").weeklyHours()).containsExactly(4.0, 8.0, 8.0, 8.0, 8.0, 4.0);
    assertThat(s.weeks()).isEqualTo(18); // 140 hours at 8 a week
  }

  @Test
  void aMinimumLengthCapsTheWeeklyHoursAndLeavesTheRestToAnother() {
    Credential paced = Fixtures.credential("paced").hours(10).weeks(4, 8).build();
    Credential other = Fixtures.credential("other").hours(30).weeks(1, 8).build();
    WeekScheduler.Schedule s = new WeekScheduler(List.of(paced, other), nothing, 10, Requests.START).schedule();
    assertThat(slot(s, "paced").weeklyHours()).containsExactly(2.5, 2.5, 2.5, 2.5);
    assertThat(slot(s, "other").weeklyHours()).containsExactly(7.5, 7.5, 7.5, 7.5);
    assertThat(s.weeks()).isEqualTo(4);
  }

  @Test
  void nothingNewBeginsInAWeekWithLessThanAnHourSpare() {
    Credential a = Fixtures.credential("a").hours(7.5).weeks(1, 2).build();
    Credential b = Fixtures.credential("b").hours(8).weeks(1, 2).build();
    WeekScheduler.Schedule s = new WeekScheduler(List.of(a, b), nothing, 8, Requests.START).schedule();
    assertThat(slot(s, "b").startWeek()).isEqualTo(1); // the longer goes first
    assertThat(slot(s, "a").startWeek()).isEqualTo(2);
  }

  @Test
  void startsADependantOnlyAfterItsPrerequisiteFinishes() {
    List<Credential> creds = List.of(small.credential("cert:sec-plus"), small.credential("cert:net-plus"));
    WeekScheduler.Schedule s = new WeekScheduler(creds, nothing, 40, Requests.START).schedule();
    assertThat(slot(s, "cert:sec-plus").startWeek()).isGreaterThan(slot(s, "cert:net-plus").endWeek());
    assertThat(s.slots().get(0).credential().id()).isEqualTo("cert:net-plus");
  }

  @Test
  void waitsForTheNextCohortSession() {
    Credential base = Fixtures.credential("cohort").hours(8).weeks(2, 4).build();
    Credential cohort = new Credential(base.id(), base.title(), base.type(), base.provider(), base.url(), base.description(),
        base.cost(), base.hours(), base.minWeeks(), base.maxWeeks(), base.delivery(), base.language(), base.level(), base.rating(),
        base.skills(), base.unmappedSkills(), base.requires(), base.recommends(), base.renewal(), base.quality(),
        List.of(LocalDate.of(2024, 12, 1), Requests.START.plusWeeks(3)), false, Set.of(), "test");
    WeekScheduler.Schedule s = new WeekScheduler(List.of(cohort), nothing, 8, Requests.START).schedule();
    assertThat(slot(s, "cohort").startWeek()).isEqualTo(4);
    assertThat(s.weeks()).isEqualTo(5);
  }
}
