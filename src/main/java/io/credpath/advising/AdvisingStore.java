package io.credpath.advising;

import io.credpath.planner.PlanBasis;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Advisors' records over JDBC (the same SQL on H2 and PostgreSQL): learners, saved plans and the audit trail, every
 * record within one tenant. Each write and its audit entry commit in one transaction and return once durable; a
 * learner or plan of another tenant is not found, exactly as one that does not exist.
 */
public final class AdvisingStore {
  private final Database database;
  private final Clock clock;
  private final Random random;

  /** A store over a migrated database; {@code random} makes record ids ({@link java.security.SecureRandom} outside tests). */
  public AdvisingStore(Database database, Clock clock, Random random) {
    this.database = database;
    this.clock = clock;
    this.random = random;
  }

  /** Stores a new learner of the actor's tenant; a {@link DuplicateReferenceException} when its reference is taken. */
  public Learner createLearner(Actor actor, LearnerFields fields) {
    Instant now = now();
    Learner learner = Learner.of(newId("l"), actor.tenant(), fields, now, now);
    return database.write("store learner " + learner.id(), c -> {
      LearnerTable.insert(c, learner);
      AuditTable.append(c, actor, now, "learner.create", learner.id());
      return learner;
    });
  }

  /** The tenant's learner {@code id}, if it holds one. */
  public Optional<Learner> findLearner(String tenant, String id) {
    return read("read learner", c -> LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(id, tenant))).stream().findFirst();
  }

  /** Up to {@code limit} of the tenant's learners from {@code offset} on, oldest first. */
  public List<Learner> learners(String tenant, int offset, int limit) {
    return read("read learners", c -> LearnerTable.select(c, "tenant_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?",
        List.of(tenant, limit, offset)));
  }

  /** Replaces the fields of the tenant's learner {@code id}; {@link NoSuchRecordException} when it holds none. */
  public Learner updateLearner(Actor actor, String id, LearnerFields fields) {
    Instant now = now();
    return database.write("update learner " + id, c -> {
      Learner before = LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(id, actor.tenant())).stream().findFirst()
          .orElseThrow(() -> new NoSuchRecordException("learner", id));
      Learner after = Learner.of(id, actor.tenant(), fields, before.created(), now);
      if (!LearnerTable.update(c, after)) throw new NoSuchRecordException("learner", id);
      AuditTable.append(c, actor, now, "learner.update", id);
      return after;
    });
  }

  /** Deletes the tenant's learner {@code id} and its saved plans; {@link NoSuchRecordException} when it holds none. */
  public void deleteLearner(Actor actor, String id) {
    Instant now = now();
    database.write("delete learner " + id, c -> {
      if (!LearnerTable.delete(c, actor.tenant(), id)) throw new NoSuchRecordException("learner", id);
      AuditTable.append(c, actor, now, "learner.delete", id);
      return null;
    });
  }

  /**
   * Stores a plan of the tenant's learner {@code learner}: the request and answer as JSON, the taxonomy and rules it
   * was computed with, its pathways and the gap; {@link NoSuchRecordException} when the tenant holds no such learner.
   */
  public SavedPlan savePlan(Actor actor, String learner, String target, PlanBasis basis, String request, String response,
      List<SavedPlan.SavedPathway> pathways, List<SavedPlan.GapSkill> gap) {
    Instant now = now();
    SavedPlan plan = new SavedPlan(newId("p"), learner, target, basis, now, actor.keyId(), request, response, pathways, gap);
    return database.write("store plan " + plan.id(), c -> {
      if (LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(learner, actor.tenant())).isEmpty()) {
        throw new NoSuchRecordException("learner", learner);
      }
      PlanTable.insert(c, actor.tenant(), plan);
      AuditTable.append(c, actor, now, "plan.save", plan.id());
      return plan;
    });
  }

  /** The tenant's saved plan {@code id} of learner {@code learner}, whole. */
  public Optional<SavedPlan> findPlan(String tenant, String learner, String id) {
    return read("read plan", c -> PlanTable.find(c, tenant, learner, id));
  }

  /** The tenant's saved plans of {@code learner}, newest first; {@link NoSuchRecordException} when it holds no such learner. */
  public List<SavedPlan.Summary> plans(String tenant, String learner) {
    return read("read plans", c -> {
      if (LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(learner, tenant)).isEmpty()) {
        throw new NoSuchRecordException("learner", learner);
      }
      return PlanTable.list(c, tenant, learner);
    });
  }

  /**
   * Records {@code mark} on a step of the tenant's saved plan {@code planId} of {@code learnerId}; a completed step's
   * credential joins the learner's held credentials in the same transaction. {@link NoSuchRecordException} when the tenant
   * holds no such plan, {@link StepConflictException} when the step is already completed. Returns every step's status.
   */
  public List<StepProgress> markStep(Actor actor, String learnerId, String planId, StepMark mark) {
    Instant now = now();
    return database.write("record progress on plan " + planId, c -> {
      requirePlan(c, actor.tenant(), learnerId, planId);
      for (StepProgress p : ProgressTable.of(c, planId)) {
        if (p.credential().equals(mark.credential()) && p.status() == StepStatus.COMPLETED) {
          throw new StepConflictException("step " + mark.credential() + " was completed on " + p.date() + "; a completed step stays completed");
        }
      }
      ProgressTable.put(c, planId, mark, now, actor.keyId());
      if (mark.status() == StepStatus.COMPLETED) {
        Learner l = LearnerTable.select(c, "id = ? AND tenant_id = ?", List.of(learnerId, actor.tenant())).stream().findFirst()
            .orElseThrow(() -> new NoSuchRecordException("learner", learnerId));
        if (!l.heldCredentials().contains(mark.credential())) {
          List<String> held = new java.util.ArrayList<>(l.heldCredentials());
          held.add(mark.credential());
          LearnerTable.update(c, new Learner(l.id(), l.tenant(), l.externalRef(), l.name(), l.currentOccupation(), held, l.heldSkills(),
              l.experienceYears(), l.languages(), l.budget(), l.fundingNotes(), l.created(), now));
        }
      }
      AuditTable.append(c, actor, now, "plan.progress", planId);
      return ProgressTable.of(c, planId);
    });
  }

  /** The status of each step of the tenant's saved plan {@code planId} that has one; {@link NoSuchRecordException} when it holds no such plan. */
  public List<StepProgress> progress(String tenant, String learnerId, String planId) {
    return read("read progress", c -> {
      requirePlan(c, tenant, learnerId, planId);
      return ProgressTable.of(c, planId);
    });
  }

  private static void requirePlan(Connection c, String tenant, String learner, String plan) throws SQLException {
    try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 1 FROM saved_plans WHERE id = ? AND learner_id = ? AND tenant_id = ?")) {
      ps.setString(1, plan);
      ps.setString(2, learner);
      ps.setString(3, tenant);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new NoSuchRecordException("plan", plan);
      }
    }
  }

  /** Up to {@code limit} of the tenant's audit entries older than entry {@code before}, newest first. */
  public List<AuditEntry> audit(String tenant, long before, int limit) {
    return read("read the audit trail", c -> AuditTable.read(c, tenant, before, limit));
  }

  private <T> T read(String what, Database.Work<T> work) {
    return database.read(what, work);
  }

  private Instant now() {
    return Instant.ofEpochMilli(clock.millis());
  }

  private String newId(String prefix) {
    return Database.newId(random, prefix);
  }
}
