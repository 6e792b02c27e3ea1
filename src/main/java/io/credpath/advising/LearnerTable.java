package io.credpath.advising;

import io.credpath.catalog.SkillLevel;
import io.credpath.planner.Budget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** The SQL of learners: a row per learner and a row per held credential, held skill and language, in the order given. */
final class LearnerTable {
  private static final String CREDENTIAL = "credential";
  private static final String SKILL = "skill";
  private static final String LANGUAGE = "language";
  private static final String COLUMNS = "id, tenant_id, external_ref, name, current_occupation, experience_years, budget_max_cost, "
      + "budget_currency, budget_max_hours, budget_max_weeks, budget_hours_per_week, funding_notes, created_at, updated_at";
  /** SQLSTATE of a unique constraint violation, on H2 and PostgreSQL alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  private LearnerTable() {}

  static void insert(Connection c, Learner l) throws SQLException {
    refuseDuplicate(c, l);
    String sql = "INSERT INTO learners (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, l.id());
      ps.setString(2, l.tenant());
      fill(ps, 3, l);
      ps.setLong(13, l.created().toEpochMilli());
      ps.setLong(14, l.updated().toEpochMilli());
      execute(ps, l);
    }
    insertItems(c, l);
  }

  /** Replaces the learner's fields; false when the tenant holds no such learner. */
  static boolean update(Connection c, Learner l) throws SQLException {
    refuseDuplicate(c, l);
    String sql = "UPDATE learners SET external_ref = ?, name = ?, current_occupation = ?, experience_years = ?, budget_max_cost = ?, "
        + "budget_currency = ?, budget_max_hours = ?, budget_max_weeks = ?, budget_hours_per_week = ?, funding_notes = ?, "
        + "updated_at = ? WHERE id = ? AND tenant_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      fill(ps, 1, l);
      ps.setLong(11, l.updated().toEpochMilli());
      ps.setString(12, l.id());
      ps.setString(13, l.tenant());
      if (execute(ps, l) != 1) return false;
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM learner_items WHERE learner_id = ?")) {
      ps.setString(1, l.id());
      ps.executeUpdate();
    }
    insertItems(c, l);
    return true;
  }

  /** Deletes the learner (its items and saved plans go with it); false when the tenant holds no such learner. */
  static boolean delete(Connection c, String tenant, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM learners WHERE id = ? AND tenant_id = ?")) {
      ps.setString(1, id);
      ps.setString(2, tenant);
      return ps.executeUpdate() == 1;
    }
  }

  /**
   * The learners matching {@code where} (a condition over the columns of {@code learners}, then any ORDER BY, LIMIT and
   * OFFSET), with their items.
   */
  static List<Learner> select(Connection c, String where, List<Object> args) throws SQLException {
    Map<String, Row> rows = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM learners WHERE " + where)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) rows.put(rs.getString("id"), new Row(rs));
      }
    }
    if (rows.isEmpty()) return List.of();
    String items = "SELECT learner_id, kind, item, level FROM learner_items WHERE learner_id IN ("
        + String.join(", ", java.util.Collections.nCopies(rows.size(), "?")) + ") ORDER BY learner_id, kind, position";
    try (PreparedStatement ps = c.prepareStatement(items)) {
      bind(ps, List.copyOf(rows.keySet()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Row row = rows.get(rs.getString(1));
          switch (rs.getString(2)) {
            case CREDENTIAL -> row.credentials.add(rs.getString(3));
            case SKILL -> row.skills.add(new SkillLevel(rs.getString(3), rs.getInt(4)));
            case LANGUAGE -> row.languages.add(rs.getString(3));
            default -> throw new StoreException("unknown learner item kind in store: " + rs.getString(2), null);
          }
        }
      }
    }
    return rows.values().stream().map(Row::learner).toList();
  }

  private static void refuseDuplicate(Connection c, Learner l) throws SQLException {
    String sql = "SELECT id FROM learners WHERE tenant_id = ? AND external_ref = ? AND id <> ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, l.tenant());
      ps.setString(2, l.externalRef());
      ps.setString(3, l.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) throw new DuplicateReferenceException(l.externalRef(), rs.getString(1));
      }
    }
  }

  /** Runs an insert or update; another transaction that took the same reference meanwhile is a duplicate too. */
  private static int execute(PreparedStatement ps, Learner l) throws SQLException {
    try {
      return ps.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) throw new DuplicateReferenceException(l.externalRef(), "(another)");
      throw e;
    }
  }

  /** Sets the ten field columns from {@code first} on, in the order of the UPDATE. */
  private static void fill(PreparedStatement ps, int first, Learner l) throws SQLException {
    Budget b = l.budget();
    ps.setString(first, l.externalRef());
    ps.setString(first + 1, l.name());
    ps.setString(first + 2, l.currentOccupation().orElse(null));
    ps.setDouble(first + 3, l.experienceYears());
    setDouble(ps, first + 4, b.maxCost());
    ps.setString(first + 5, b.currency());
    setDouble(ps, first + 6, b.maxHours());
    if (b.maxWeeks().isPresent()) ps.setInt(first + 7, b.maxWeeks().getAsInt()); else ps.setNull(first + 7, Types.INTEGER);
    ps.setDouble(first + 8, b.hoursPerWeek());
    ps.setString(first + 9, l.fundingNotes());
  }

  private static void insertItems(Connection c, Learner l) throws SQLException {
    String sql = "INSERT INTO learner_items (learner_id, kind, position, item, level) VALUES (?, ?, ?, ?, ?)";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < l.heldCredentials().size(); i++) addItem(ps, l.id(), CREDENTIAL, i, l.heldCredentials().get(i), null);
      for (int i = 0; i < l.heldSkills().size(); i++) addItem(ps, l.id(), SKILL, i, l.heldSkills().get(i).skill(), l.heldSkills().get(i).level());
      for (int i = 0; i < l.languages().size(); i++) addItem(ps, l.id(), LANGUAGE, i, l.languages().get(i), null);
      ps.executeBatch();
    }
  }

  private static void addItem(PreparedStatement ps, String learner, String kind, int position, String item, Integer level)
      throws SQLException {
    ps.setString(1, learner);
    ps.setString(2, kind);
    ps.setInt(3, position);
    ps.setString(4, item);
    if (level == null) ps.setNull(5, Types.INTEGER); else ps.setInt(5, level);
    ps.addBatch();
  }

  private static void setDouble(PreparedStatement ps, int i, OptionalDouble v) throws SQLException {
    if (v.isPresent()) ps.setDouble(i, v.getAsDouble()); else ps.setNull(i, Types.DOUBLE);
  }

  static void bind(PreparedStatement ps, List<?> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
  }

  /** A learner row while its items are read. */
  private static final class Row {
    final String id;
    final String tenant;
    final String ref;
    final String name;
    final Optional<String> occupation;
    final double years;
    final Budget budget;
    final String notes;
    final Instant created;
    final Instant updated;
    final List<String> credentials = new ArrayList<>();
    final List<SkillLevel> skills = new ArrayList<>();
    final List<String> languages = new ArrayList<>();

    Row(ResultSet rs) throws SQLException {
      id = rs.getString("id");
      tenant = rs.getString("tenant_id");
      ref = rs.getString("external_ref");
      name = rs.getString("name");
      occupation = Optional.ofNullable(rs.getString("current_occupation"));
      years = rs.getDouble("experience_years");
      OptionalDouble maxCost = optionalDouble(rs, "budget_max_cost");
      OptionalDouble maxHours = optionalDouble(rs, "budget_max_hours");
      int weeks = rs.getInt("budget_max_weeks");
      OptionalInt maxWeeks = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(weeks);
      budget = new Budget(maxCost, rs.getString("budget_currency"), maxHours, maxWeeks, rs.getDouble("budget_hours_per_week"));
      notes = rs.getString("funding_notes");
      created = Instant.ofEpochMilli(rs.getLong("created_at"));
      updated = Instant.ofEpochMilli(rs.getLong("updated_at"));
    }

    Learner learner() {
      return new Learner(id, tenant, ref, name, occupation, credentials, skills, years, languages, budget, notes, created, updated);
    }

    private static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
      double v = rs.getDouble(column);
      return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(v);
    }
  }
}
