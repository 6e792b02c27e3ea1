package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import io.credpath.planner.PlanBasis;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour the advising store must show on every database; subclasses supply a fresh, empty database. */
abstract class AdvisingStoreContract {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-06T07:08:09Z"), ZoneOffset.UTC);
  private static final Actor A = new Actor("tenant-a", "kaaaa");
  private static final Actor B = new Actor("tenant-b", "kbbbb");
  private Database database;
  private AdvisingStore store;

  /** A fresh database with no tables yet. */
  abstract Database freshDatabase();

  @BeforeEach
  void open() {
    database = freshDatabase();
    JdbcKeyStore keys = new JdbcKeyStore(database, CLOCK, new Random(1));
    keys.putTenant(new Tenant("tenant-a", Set.of(), Set.of(), Set.of(), 60));
    keys.putTenant(new Tenant("tenant-b", Set.of(), Set.of(), Set.of(), 60));
    store = new AdvisingStore(database, CLOCK, new Random(42));
  }

  @AfterEach
  void close() {
    database.close();
  }

  static LearnerFields dana(String ref) {
    return new LearnerFields(ref, "Dana Whitfield", Optional.of("41-2031.00"), List.of("cert:a-plus", "course:excel"),
        List.of(new SkillLevel("skill:sql", 2), new SkillLevel("skill:excel", 3)), 4.5, List.of("en", "es"),
        new Budget(OptionalDouble.of(1500), "USD", OptionalDouble.empty(), OptionalInt.of(26), 8), "WIOA up to $1,500");
  }

  @Test
  void aLearnerRoundTripsWithEveryFieldInOrder() {
    Learner created = store.createLearner(A, dana("S-1"));
    assertThat(created.id()).startsWith("l");
    assertThat(store.findLearner("tenant-a", created.id())).contains(created);
    Learner found = store.findLearner("tenant-a", created.id()).orElseThrow();
    assertThat(found.heldCredentials()).containsExactly("cert:a-plus", "course:excel");
    assertThat(found.heldSkills()).containsExactly(new SkillLevel("skill:sql", 2), new SkillLevel("skill:excel", 3));
    assertThat(found.budget().maxWeeks()).hasValue(26);
    assertThat(found.budget().maxHours()).isEmpty();
    assertThat(found.created()).isEqualTo(CLOCK.instant());
  }

  @Test
  void anotherTenantsLearnerIsNotFoundAndCannotBeChanged() {
    Learner a = store.createLearner(A, dana("S-1"));
    assertThat(store.findLearner("tenant-b", a.id())).isEmpty();
    assertThat(store.learners("tenant-b", 0, 10)).isEmpty();
    assertThatThrownBy(() -> store.updateLearner(B, a.id(), dana("S-2"))).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> store.deleteLearner(B, a.id())).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> store.plans("tenant-b", a.id())).isInstanceOf(NoSuchRecordException.class);
    assertThatThrownBy(() -> store.savePlan(B, a.id(), "15-2051.01", basis(), "{}", "{}", List.of(), List.of()))
        .isInstanceOf(NoSuchRecordException.class);
    assertThat(store.findLearner("tenant-a", a.id())).contains(a);
    assertThat(store.audit("tenant-b", Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  void updatingReplacesTheItemsAndKeepsTheCreationTime() {
    Learner a = store.createLearner(A, dana("S-1"));
    LearnerFields changed = new LearnerFields("S-1", "Dana W.", Optional.empty(), List.of("cert:net-plus"), List.of(), 0,
        List.of(), Budget.unlimited(), "");
    Learner updated = store.updateLearner(A, a.id(), changed);
    assertThat(store.findLearner("tenant-a", a.id())).contains(updated);
    assertThat(updated.heldCredentials()).containsExactly("cert:net-plus");
    assertThat(updated.heldSkills()).isEmpty();
    assertThat(updated.currentOccupation()).isEmpty();
    assertThat(updated.created()).isEqualTo(a.created());
  }

  @Test
  void anExternalReferenceIsOnePerTenant() {
    Learner first = store.createLearner(A, dana("S-1"));
    assertThatThrownBy(() -> store.createLearner(A, dana("S-1"))).isInstanceOf(DuplicateReferenceException.class)
        .hasMessageContaining(first.id());
    store.createLearner(B, dana("S-1"));
    Learner second = store.createLearner(A, dana("S-2"));
    assertThatThrownBy(() -> store.updateLearner(A, second.id(), dana("S-1"))).isInstanceOf(DuplicateReferenceException.class);
    assertThat(store.learners("tenant-a", 0, 10)).extracting(Learner::externalRef).containsExactly("S-1", "S-2");
  }

  @Test
  void listsLearnersPageByPage() {
    for (int i = 0; i < 5; i++) store.createLearner(A, dana("S-" + i));
    assertThat(store.learners("tenant-a", 0, 2)).hasSize(2);
    assertThat(store.learners("tenant-a", 4, 2)).hasSize(1);
    assertThat(store.learners("tenant-a", 0, 10)).extracting(Learner::id).doesNotHaveDuplicates().hasSize(5);
  }

  @Test
  void aSavedPlanKeepsItsRequestAnswerBasisAndSteps() {
    Learner a = store.createLearner(A, dana("S-1"));
    String response = "{\"target\":{\"id\":\"15-2051.01\"},\"pathways\":[{\"label\":\"cheapest\"}],\"text\":\"" + "é".repeat(50_000) + "\"}";
    List<SavedPlan.SavedPathway> pathways = List.of(
        new SavedPlan.SavedPathway("cheapest", 147, 60, 8, java.util.OptionalDouble.of(0.75), List.of(new SavedPlan.SavedStep("course:sql-basics", "SQL Basics", 49, 20, 1, 3),
            new SavedPlan.SavedStep("course:tableau", "Tableau", 98, 40, 3, 8))),
        new SavedPlan.SavedPathway("no steps", 0, 0, 0, java.util.OptionalDouble.of(0), List.of()));
    List<SavedPlan.GapSkill> gap = List.of(new SavedPlan.GapSkill("sql", "SQL", 0.8, "field", true),
        new SavedPlan.GapSkill("credential:15-2051.01", "a credential employers ask for", 1.0, "credential", false));
    SavedPlan saved = store.savePlan(A, a.id(), "15-2051.01", basis(), "{\"target\":\"15-2051.01\"}", response, pathways, gap);
    SavedPlan found = store.findPlan("tenant-a", a.id(), saved.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.response()).isEqualTo(response);
    assertThat(found.pathways()).isEqualTo(pathways);
    assertThat(found.gap()).isEqualTo(gap);
    assertThat(found.createdBy()).isEqualTo("kaaaa");
    assertThat(store.plans("tenant-a", a.id())).containsExactly(saved.summary());
    assertThat(store.findPlan("tenant-b", a.id(), saved.id())).isEmpty();
    assertThat(store.findPlan("tenant-a", "l-other", saved.id())).isEmpty();
  }

  @Test
  void deletingALearnerDeletesTheirPlansAndTheTrailKeepsEveryWrite() {
    Learner a = store.createLearner(A, dana("S-1"));
    store.updateLearner(A, a.id(), dana("S-1b"));
    SavedPlan plan = store.savePlan(A, a.id(), "15-2051.01", basis(), "{}", "{}", List.of(), List.of());
    store.deleteLearner(A, a.id());
    assertThat(store.findLearner("tenant-a", a.id())).isEmpty();
    assertThat(store.findPlan("tenant-a", a.id(), plan.id())).isEmpty();
    List<AuditEntry> trail = store.audit("tenant-a", Long.MAX_VALUE, 10);
    assertThat(trail).extracting(AuditEntry::action).containsExactly("learner.delete", "plan.save", "learner.update", "learner.create");
    assertThat(trail).extracting(AuditEntry::recordId).containsExactly(a.id(), plan.id(), a.id(), a.id());
    assertThat(trail).allSatisfy(e -> {
      assertThat(e.keyId()).isEqualTo("kaaaa");
      assertThat(e.at()).isEqualTo(CLOCK.instant());
    });
    assertThat(store.audit("tenant-a", trail.get(1).seq(), 10)).extracting(AuditEntry::action).containsExactly("learner.update", "learner.create");
  }

  @Test
  void aFailedWriteLeavesNoAuditEntry() {
    store.createLearner(A, dana("S-1"));
    assertThatThrownBy(() -> store.createLearner(A, dana("S-1"))).isInstanceOf(DuplicateReferenceException.class);
    assertThatThrownBy(() -> store.deleteLearner(A, "lnone")).isInstanceOf(NoSuchRecordException.class);
    assertThat(store.audit("tenant-a", Long.MAX_VALUE, 10)).extracting(AuditEntry::action).containsExactly("learner.create");
  }

  private static PlanBasis basis() {
    return new PlanBasis("f".repeat(64), "r".repeat(64));
  }
}
