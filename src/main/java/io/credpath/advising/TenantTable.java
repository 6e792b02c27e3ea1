package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads tenants, and writes each with its scope rows (providers, credentials, origins, languages) in one durable
 * transaction.
 */
final class TenantTable {
  private static final String PROVIDER = "provider";
  private static final String CREDENTIAL = "credential";
  private static final String ORIGIN = "origin";
  private static final String LANGUAGE = "language";
  private final Database database;
  private final DataSource ds;
  private final Clock clock;

  TenantTable(Database database, Clock clock) {
    this.database = database;
    this.ds = database.dataSource();
    this.clock = clock;
  }

  Tenant put(Tenant t) {
    return database.write("store tenant " + t.id(), c -> {
      update(c, "DELETE FROM tenant_scope WHERE tenant_id = ?", t.id());
      boolean exists;
      try (PreparedStatement ps = c.prepareStatement("UPDATE tenants SET rate_per_minute = ?, updated_at = ? WHERE id = ?")) {
        ps.setInt(1, t.ratePerMinute());
        ps.setLong(2, clock.millis());
        ps.setString(3, t.id());
        exists = ps.executeUpdate() == 1;
      }
      if (!exists) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tenants (id, rate_per_minute, updated_at) VALUES (?, ?, ?)")) {
          ps.setString(1, t.id());
          ps.setInt(2, t.ratePerMinute());
          ps.setLong(3, clock.millis());
          ps.executeUpdate();
        }
      }
      insertScope(c, t.id(), PROVIDER, t.providers());
      insertScope(c, t.id(), CREDENTIAL, t.credentials());
      insertScope(c, t.id(), ORIGIN, t.allowedOrigins());
      insertScope(c, t.id(), LANGUAGE, t.languages());
      return t;
    });
  }

  Optional<Tenant> find(String id) {
    return load("WHERE t.id = ?", id).stream().findFirst();
  }

  List<Tenant> all() {
    return load("", null);
  }

  private List<Tenant> load(String where, String arg) {
    String sql = "SELECT t.id, t.rate_per_minute, s.kind, s.item FROM tenants t LEFT JOIN tenant_scope s ON s.tenant_id = t.id "
        + where + " ORDER BY t.id";
    Map<String, Integer> rates = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> scopes = new HashMap<>();
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      if (arg != null) ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rates.put(rs.getString(1), rs.getInt(2));
          if (rs.getString(3) == null) continue;
          scopes.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).computeIfAbsent(rs.getString(3), k -> new HashSet<>())
              .add(rs.getString(4));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("could not read tenants", e);
    }
    List<Tenant> out = new ArrayList<>();
    rates.forEach((id, rate) -> {
      Map<String, Set<String>> scope = scopes.getOrDefault(id, Map.of());
      out.add(new Tenant(id, scope.getOrDefault(PROVIDER, Set.of()), scope.getOrDefault(CREDENTIAL, Set.of()),
          scope.getOrDefault(ORIGIN, Set.of()), rate, scope.getOrDefault(LANGUAGE, Set.of())));
    });
    return out;
  }

  private static void insertScope(Connection c, String tenant, String kind, Set<String> items) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO tenant_scope (tenant_id, kind, item) VALUES (?, ?, ?)")) {
      for (String item : items) {
        ps.setString(1, tenant);
        ps.setString(2, kind);
        ps.setString(3, item);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void update(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      ps.executeUpdate();
    }
  }
}
