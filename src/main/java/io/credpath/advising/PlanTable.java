package io.credpath.advising;

import io.credpath.planner.PlanBasis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** The SQL of saved plans: the plan row (request and answer as JSON text), and a row per pathway and per step. */
final class PlanTable {
  private static final String COLUMNS = "id, learner_id, target, taxonomy_fingerprint, rules_version, created_at, created_by";

  private PlanTable() {}

  static void insert(Connection c, String tenant, SavedPlan p) throws SQLException {
    String sql = "INSERT INTO saved_plans (" + COLUMNS + ", tenant_id, request_json, response_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, p.id());
      ps.setString(2, p.learner());
      ps.setString(3, p.target());
      ps.setString(4, p.basis().taxonomyFingerprint());
      ps.setString(5, p.basis().rulesVersion());
      ps.setLong(6, p.created().toEpochMilli());
      ps.setString(7, p.createdBy());
      ps.setString(8, tenant);
      ps.setString(9, p.request());
      ps.setString(10, p.response());
      ps.executeUpdate();
    }
    try (PreparedStatement pathways = c.prepareStatement(
            "INSERT INTO saved_plan_pathways (plan_id, pathway, label, cost, hours, weeks, coverage) VALUES (?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement steps = c.prepareStatement("INSERT INTO saved_plan_steps (plan_id, pathway, position, credential, title, "
             + "cost, hours, start_week, end_week) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < p.pathways().size(); i++) {
        SavedPlan.SavedPathway pw = p.pathways().get(i);
        pathways.setString(1, p.id());
        pathways.setInt(2, i);
        pathways.setString(3, pw.label());
        pathways.setDouble(4, pw.cost());
        pathways.setDouble(5, pw.hours());
        pathways.setInt(6, pw.weeks());
        if (pw.coverage().isPresent()) pathways.setDouble(7, pw.coverage().getAsDouble()); else pathways.setNull(7, java.sql.Types.DOUBLE);
        pathways.addBatch();
        for (int j = 0; j < pw.steps().size(); j++) {
          SavedPlan.SavedStep s = pw.steps().get(j);
          steps.setString(1, p.id());
          steps.setInt(2, i);
          steps.setInt(3, j);
          steps.setString(4, s.credential());
          steps.setString(5, s.title());
          steps.setDouble(6, s.cost());
          steps.setDouble(7, s.hours());
          steps.setInt(8, s.startWeek());
          steps.setInt(9, s.endWeek());
          steps.addBatch();
        }
      }
      pathways.executeBatch();
      steps.executeBatch();
    }
    try (PreparedStatement gap = c.prepareStatement(
        "INSERT INTO saved_plan_gaps (plan_id, position, skill, name, importance, kind, coverable) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < p.gap().size(); i++) {
        SavedPlan.GapSkill g = p.gap().get(i);
        gap.setString(1, p.id());
        gap.setInt(2, i);
        gap.setString(3, g.skill());
        gap.setString(4, g.name());
        gap.setDouble(5, g.importance());
        gap.setString(6, g.kind());
        gap.setBoolean(7, g.coverable());
        gap.addBatch();
      }
      gap.executeBatch();
    }
  }

  /** The tenant's plan {@code id} of {@code learner}, whole. */
  static Optional<SavedPlan> find(Connection c, String tenant, String learner, String id) throws SQLException {
    String sql = "SELECT " + COLUMNS + ", request_json, response_json FROM saved_plans WHERE id = ? AND learner_id = ? AND tenant_id = ?";
    String request;
    String response;
    SavedPlan.Summary summary;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, id);
      ps.setString(2, learner);
      ps.setString(3, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        summary = summary(rs);
        request = rs.getString("request_json");
        response = rs.getString("response_json");
      }
    }
    Map<Integer, List<SavedPlan.SavedStep>> steps = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT pathway, credential, title, cost, hours, start_week, end_week "
        + "FROM saved_plan_steps WHERE plan_id = ? ORDER BY pathway, position")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new SavedPlan.SavedStep(rs.getString(2), rs.getString(3),
              rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getInt(7)));
        }
      }
    }
    List<SavedPlan.SavedPathway> pathways = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT pathway, label, cost, hours, weeks, coverage FROM saved_plan_pathways WHERE plan_id = ? ORDER BY pathway")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double coverage = rs.getDouble(6);
          OptionalDouble kept = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(coverage);
          pathways.add(new SavedPlan.SavedPathway(rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getInt(5), kept,
              steps.getOrDefault(rs.getInt(1), List.of())));
        }
      }
    }
    return Optional.of(new SavedPlan(summary.id(), summary.learner(), summary.target(), summary.basis(), summary.created(),
        summary.createdBy(), request, response, pathways, gap(c, id)));
  }

  /** The gap a plan was planned for, in its order (empty for plans saved before V4). */
  static List<SavedPlan.GapSkill> gap(Connection c, String planId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT skill, name, importance, kind, coverable FROM saved_plan_gaps WHERE plan_id = ? ORDER BY position")) {
      ps.setString(1, planId);
      try (ResultSet rs = ps.executeQuery()) {
        List<SavedPlan.GapSkill> out = new ArrayList<>();
        while (rs.next()) out.add(new SavedPlan.GapSkill(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4), rs.getBoolean(5)));
        return out;
      }
    }
  }

  /** The tenant's saved plans of {@code learner}, newest first. */
  static List<SavedPlan.Summary> list(Connection c, String tenant, String learner) throws SQLException {
    String sql = "SELECT " + COLUMNS + " FROM saved_plans WHERE learner_id = ? AND tenant_id = ? ORDER BY created_at DESC, id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, learner);
      ps.setString(2, tenant);
      try (ResultSet rs = ps.executeQuery()) {
        List<SavedPlan.Summary> out = new ArrayList<>();
        while (rs.next()) out.add(summary(rs));
        return out;
      }
    }
  }

  private static SavedPlan.Summary summary(ResultSet rs) throws SQLException {
    return new SavedPlan.Summary(rs.getString("id"), rs.getString("learner_id"), rs.getString("target"),
        new PlanBasis(rs.getString("taxonomy_fingerprint"), rs.getString("rules_version")),
        Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("created_by"));
  }
}
