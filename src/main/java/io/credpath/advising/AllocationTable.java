package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The SQL of cohort allocations (terms, totals, a choice per planned row) and of what a finished job planned, read in bulk. */
final class AllocationTable {
  private AllocationTable() {}

  /** The tenant's cohort's latest job that finished planning, if any. */
  static Optional<String> latestDoneJob(Connection c, String tenant, String cohort) throws SQLException {
    String sql = "SELECT id FROM advising_jobs WHERE tenant_id = ? AND cohort_id = ? AND state = 'done' ORDER BY finished_at DESC, id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant);
      ps.setString(2, cohort);
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /** The members job {@code job} saved a plan for, in file order, with the plans' pathways (and steps) and gaps: four queries. */
  static List<PlannedMember> planned(Connection c, String cohort, String job) throws SQLException {
    Map<String, List<SavedPlan.SavedStep>> steps = new HashMap<>();
    String stepSql = "SELECT s.plan_id, s.pathway, s.credential, s.title, s.cost, s.hours, s.start_week, s.end_week FROM saved_plan_steps s "
        + "JOIN advising_job_rows r ON r.plan_id = s.plan_id WHERE r.job_id = ? ORDER BY s.plan_id, s.pathway, s.position";
    each(c, stepSql, job, rs -> steps.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
        .add(new SavedPlan.SavedStep(rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8))));
    Map<String, List<SavedPlan.SavedPathway>> pathways = new HashMap<>();
    String pathSql = "SELECT p.plan_id, p.pathway, p.label, p.cost, p.hours, p.weeks, p.coverage FROM saved_plan_pathways p "
        + "JOIN advising_job_rows r ON r.plan_id = p.plan_id WHERE r.job_id = ? ORDER BY p.plan_id, p.pathway";
    each(c, pathSql, job, rs -> {
      double coverage = rs.getDouble(7);
      OptionalDouble cov = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(coverage);
      pathways.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SavedPlan.SavedPathway(rs.getString(3), rs.getDouble(4),
          rs.getDouble(5), rs.getInt(6), cov, steps.getOrDefault(rs.getString(1) + "#" + rs.getInt(2), List.of())));
    });
    Map<String, List<SavedPlan.GapSkill>> gaps = new HashMap<>();
    String gapSql = "SELECT g.plan_id, g.skill, g.name, g.importance, g.kind, g.coverable FROM saved_plan_gaps g "
        + "JOIN advising_job_rows r ON r.plan_id = g.plan_id WHERE r.job_id = ? ORDER BY g.plan_id, g.position";
    each(c, gapSql, job, rs -> gaps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
        .add(new SavedPlan.GapSkill(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getString(5), rs.getBoolean(6))));
    List<PlannedMember> out = new ArrayList<>();
    String memberSql = "SELECT r.line, m.reference, m.learner_id, r.plan_id FROM advising_job_rows r JOIN cohort_members m "
        + "ON m.cohort_id = ? AND m.line = r.line WHERE r.job_id = ? AND r.plan_id IS NOT NULL ORDER BY r.line";
    try (PreparedStatement ps = c.prepareStatement(memberSql)) {
      ps.setString(1, cohort);
      ps.setString(2, job);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String plan = rs.getString(4);
          out.add(new PlannedMember(rs.getInt(1), rs.getString(2), rs.getString(3), plan, pathways.getOrDefault(plan, List.of()),
              gaps.getOrDefault(plan, List.of())));
        }
      }
    }
    return out;
  }

  static void insert(Connection c, String tenant, CohortAllocation a, List<Row> rows) throws SQLException {
    String sql = "INSERT INTO cohort_allocations (id, tenant_id, cohort_id, job_id, budget, currency, coverage, cost, optimal, upper_bound, "
        + "work, alone_coverage, alone_cost, alone_learners, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a.id());
      ps.setString(2, tenant);
      ps.setString(3, a.cohort());
      ps.setString(4, a.job());
      ps.setDouble(5, a.terms().budget());
      ps.setString(6, a.terms().currency());
      ps.setDouble(7, a.shared().coverage());
      ps.setDouble(8, a.shared().cost());
      ps.setBoolean(9, a.optimal());
      ps.setDouble(10, a.upperBound());
      ps.setLong(11, a.work());
      ps.setDouble(12, a.alone().coverage());
      ps.setDouble(13, a.alone().cost());
      ps.setInt(14, a.alone().learners());
      ps.setLong(15, a.created().toEpochMilli());
      ps.setString(16, a.createdBy());
      ps.executeUpdate();
    }
    try (PreparedStatement terms = c.prepareStatement("INSERT INTO cohort_allocation_terms (allocation_id, credential, seat_limit) VALUES (?, ?, ?)");
         PreparedStatement tiers = c.prepareStatement(
             "INSERT INTO cohort_allocation_discounts (allocation_id, credential, min_seats, percent_off) VALUES (?, ?, ?, ?)")) {
      for (SharedBudget.CredentialTerms t : a.terms().credentials()) {
        terms.setString(1, a.id());
        terms.setString(2, t.credential());
        if (t.seatLimit().isPresent()) terms.setInt(3, t.seatLimit().getAsInt()); else terms.setNull(3, Types.INTEGER);
        terms.addBatch();
        for (SharedBudget.Discount d : t.discounts()) {
          tiers.setString(1, a.id());
          tiers.setString(2, t.credential());
          tiers.setInt(3, d.minSeats());
          tiers.setDouble(4, d.percentOff());
          tiers.addBatch();
        }
      }
      terms.executeBatch();
      tiers.executeBatch();
    }
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO cohort_allocation_choices (allocation_id, line, plan_id, pathway, alone_pathway) VALUES (?, ?, ?, ?, ?)")) {
      for (Row r : rows) {
        ps.setString(1, a.id());
        ps.setInt(2, r.line());
        ps.setString(3, r.plan());
        if (r.pathway().isPresent()) ps.setInt(4, r.pathway().getAsInt()); else ps.setNull(4, Types.INTEGER);
        if (r.alone().isPresent()) ps.setInt(5, r.alone().getAsInt()); else ps.setNull(5, Types.INTEGER);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A stored choice: the row's line and saved plan, the pathway chosen and the one planning alone and cutting gave. */
  record Row(int line, String plan, OptionalInt pathway, OptionalInt alone) {}

  /** The stored header of the tenant's allocation {@code id} of {@code cohort}: terms and totals, without the members. */
  static Optional<Header> find(Connection c, String tenant, String cohort, String id) throws SQLException {
    String sql = "SELECT job_id, budget, currency, coverage, cost, optimal, upper_bound, work, alone_coverage, alone_cost, alone_learners, "
        + "created_at, created_by FROM cohort_allocations WHERE id = ? AND tenant_id = ? AND cohort_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setString(2, tenant);
      ps.setString(3, cohort);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new Header(id, rs.getString(1), new SharedBudget(rs.getDouble(2), rs.getString(3), terms(c, id)), rs.getDouble(4),
            rs.getDouble(5), rs.getBoolean(6), rs.getDouble(7), rs.getLong(8), rs.getDouble(9), rs.getDouble(10), rs.getInt(11),
            Instant.ofEpochMilli(rs.getLong(12)), rs.getString(13)));
      }
    }
  }

  /** An allocation as stored, without its members' choices. */
  record Header(String id, String job, SharedBudget terms, double coverage, double cost, boolean optimal, double upperBound, long work,
      double aloneCoverage, double aloneCost, int aloneLearners, Instant created, String createdBy) {}

  /** The allocation's choices by line. */
  static Map<Integer, Row> choices(Connection c, String id) throws SQLException {
    Map<Integer, Row> out = new LinkedHashMap<>();
    String sql = "SELECT line, plan_id, pathway, alone_pathway FROM cohort_allocation_choices WHERE allocation_id = ? ORDER BY line";
    each(c, sql, id, rs -> {
      int p = rs.getInt(3);
      OptionalInt pathway = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(p);
      int a = rs.getInt(4);
      OptionalInt alone = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(a);
      out.put(rs.getInt(1), new Row(rs.getInt(1), rs.getString(2), pathway, alone));
    });
    return out;
  }

  private static List<SharedBudget.CredentialTerms> terms(Connection c, String id) throws SQLException {
    Map<String, List<SharedBudget.Discount>> tiers = new HashMap<>();
    each(c, "SELECT credential, min_seats, percent_off FROM cohort_allocation_discounts WHERE allocation_id = ? ORDER BY credential, min_seats", id,
        rs -> tiers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SharedBudget.Discount(rs.getInt(2), rs.getDouble(3))));
    List<SharedBudget.CredentialTerms> out = new ArrayList<>();
    each(c, "SELECT credential, seat_limit FROM cohort_allocation_terms WHERE allocation_id = ? ORDER BY credential", id, rs -> {
      int limit = rs.getInt(2);
      OptionalInt seats = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(limit);
      out.add(new SharedBudget.CredentialTerms(rs.getString(1), seats, tiers.getOrDefault(rs.getString(1), List.of())));
    });
    return out;
  }

  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private static void each(Connection c, String sql, String param, RowReader reader) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) reader.read(rs);
      }
    }
  }
}
