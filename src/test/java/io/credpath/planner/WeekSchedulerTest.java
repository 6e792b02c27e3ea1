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

  private static Credential course(String id, double hours, int minWeeks, int maxWeeks) {
    return Fixtures.credential(id).hours(hours).weeks(minWeeks, maxWeeks).build();
  }

  private WeekScheduler.Schedule schedule(double hoursPerWeek, Credential... credentials) {
    return new WeekScheduler(List.of(credentials), nothing, hoursPerWeek, Requests.START).schedule();
  }

  private WeekScheduler.Slot slot(WeekScheduler.Schedule s, String id) {
    return s.slots().stream().filter(x -> x.credential().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aCredentialWhoseSessionsAllStartBeforeThePlanIsScheduledSelfPacedAndSaidSo() {
    Credential past = io.credpath.Fixtures.credential("course:past").hours(10).weeks(1, 2)
        .sessions(Requests.START.minusWeeks(3)).build();
    WeekScheduler.Schedule s = schedule(10, past);
    assertThat(s.selfPaced()).containsExactly("course:past");
    assertThat(s.placedLate()).isEmpty();
    assertThat(slot(s, "course:past").startWeek()).isEqualTo(1);
  }

  @Test
  void yearsTheRulesJudgeToBeInAnotherFieldDoNotOpenACredentialBeforeTheOneItAlsoAccepts() {
    // The senior exam opens by three years or by the associate exam; six years elsewhere do not count toward it, so it
    // waits for the associate exam (it was scheduled first, beside a note that said it needs the associate first).
    Credential associate = Fixtures.credential("cert:associate").hours(100).weeks(4, 12).build();
    Credential senior = Fixtures.credential("cert:senior").hours(120).weeks(4, 12)
        .requires(new io.credpath.catalog.Requirement.AnyOf(List.of(new io.credpath.catalog.Requirement.HasExperience(3),
            new io.credpath.catalog.Requirement.HasCredential("cert:associate")))).build();
    Holdings sixYears = new Holdings(Set.of(), Map.of(), 6);
    WeekScheduler.Schedule elsewhere = new WeekScheduler(List.of(senior, associate), sixYears, 10, Requests.START,
        Set.of("cert:senior")).schedule();
    assertThat(slot(elsewhere, "cert:senior").startWeek()).isGreaterThan(slot(elsewhere, "cert:associate").endWeek());
    // Where the years count, nothing makes the senior exam wait: the longer one goes first.
    WeekScheduler.Schedule counted = new WeekScheduler(List.of(senior, associate), sixYears, 10, Requests.START).schedule();
    assertThat(slot(counted, "cert:senior").startWeek()).isEqualTo(1);
  }

  @Test
  void aShortCardThatNeedsNothingFirstIsTakenInTheFirstWeeksBeforeALongCourse() {
    // An advisor has the OSHA 10 card done before the 300-hour certificate, not in its last weeks: employers ask for the
    // card when the learner applies for a helper job.
    Credential card = Fixtures.credential("cert:card").type(io.credpath.catalog.CredentialType.CERTIFICATION).hours(10)
        .weeks(1, 4).build();
    Credential programme = course("cert:programme", 300, 10, 52);
    WeekScheduler.Schedule s = schedule(8, programme, card);
    assertThat(slot(s, "cert:card").startWeek()).isEqualTo(1);
    assertThat(slot(s, "cert:programme").endWeek()).isEqualTo(s.weeks());
    // A longer exam still follows the learning it certifies.
    Credential exam = Fixtures.credential("cert:exam").type(io.credpath.catalog.CredentialType.CERTIFICATION).hours(40)
        .weeks(1, 8).build();
    WeekScheduler.Schedule staged = schedule(8, exam, course("course:prep", 40, 2, 10));
    assertThat(slot(staged, "cert:exam").startWeek()).isGreaterThan(slot(staged, "course:prep").startWeek());
  }

  @Test
  void runsTwoCredentialsInParallelWhenTheirLoadsFit() {
    WeekScheduler.Schedule s = schedule(10, course("a", 10, 2, 4),
        course("b", 10, 2, 4));
    assertThat(s.slots()).allSatisfy(x -> {
      assertThat(x.startWeek()).isEqualTo(1);
      assertThat(x.endWeek()).isEqualTo(2);
    });
    assertThat(s.weeks()).isEqualTo(2);
  }

  @Test
  void runsCredentialsOneAfterAnotherWhenTheHoursCapIsFull() {
    WeekScheduler.Schedule s = schedule(10, course("a", 20, 2, 4),
        course("b", 20, 2, 4));
    assertThat(s.weeks()).isEqualTo(4);
  }

  @Test
  void theNextCredentialUsesTheHoursLeftInTheWeekTheLastOneEnds() {
    WeekScheduler.Schedule s = schedule(8, course("a", 100, 1, 26),
        course("b", 40, 1, 10));
    assertThat(slot(s, "a").startWeek()).isEqualTo(1);
    assertThat(slot(s, "a").endWeek()).isEqualTo(13);
    assertThat(slot(s, "a").weeklyHours().get(12)).isEqualTo(4.0);
    assertThat(slot(s, "b").startWeek()).isEqualTo(13);
    assertThat(slot(s, "b").weeklyHours()).containsExactly(4.0, 8.0, 8.0, 8.0, 8.0, 4.0);
    assertThat(s.weeks()).isEqualTo(18); // 140 hours at 8 a week
  }

  @Test
  void aMinimumLengthCapsTheWeeklyHoursAndLeavesTheRestToAnother() {
    WeekScheduler.Schedule s = schedule(10, course("paced", 10, 4, 8),
        course("other", 30, 1, 8));
    assertThat(slot(s, "paced").weeklyHours()).containsExactly(2.5, 2.5, 2.5, 2.5);
    assertThat(slot(s, "other").weeklyHours()).containsExactly(7.5, 7.5, 7.5, 7.5);
    assertThat(s.weeks()).isEqualTo(4);
  }

  @Test
  void nothingNewBeginsInAWeekWithLessThanAnHourSpare() {
    WeekScheduler.Schedule s = schedule(8, course("a", 7.5, 1, 2),
        course("b", 8, 1, 2));
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
        List.of(LocalDate.of(2024, 12, 1), Requests.START.plusWeeks(3)), false, Set.of(), "test", List.of(), List.of(), "");
    WeekScheduler.Schedule s = new WeekScheduler(List.of(cohort), nothing, 8, Requests.START).schedule();
    assertThat(slot(s, "cohort").startWeek()).isEqualTo(4);
    assertThat(s.weeks()).isEqualTo(5);
  }
}
