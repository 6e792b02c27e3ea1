package io.credpath.advising;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.sql.DataSource;

/**
 * The {@link KeyStore} over JDBC; the same SQL runs on H2 and PostgreSQL, and each write returns once it is durable.
 * Closing it closes the database.
 */
public final class JdbcKeyStore implements KeyStore {
  private static final String KEY_COLUMNS = "id, role, tenant_id, label, created_at, revoked_at";
  private final Database database;
  private final DataSource ds;
  private final Clock clock;
  private final KeySecrets secrets;
  private final TenantTable tenants;

  /** A store over a migrated database; {@code random} should be a {@link java.security.SecureRandom} outside tests. */
  public JdbcKeyStore(Database database, Clock clock, Random random) {
    this.database = database;
    this.ds = database.dataSource();
    this.clock = clock;
    this.secrets = new KeySecrets(random);
    this.tenants = new TenantTable(database, clock);
  }

  @Override
  public IssuedKey create(Role role, Optional<String> tenant, String label) {
    String id = secrets.newId();
    String secret = secrets.newSecret(id);
    return new IssuedKey(insert(id, role, tenant, label, secret), secret);
  }

  @Override
  public ApiKey importKey(Role role, String secret, String label) {
    if (secret.length() < 16) throw new IllegalArgumentException("a key secret needs at least 16 characters");
    return insert(secrets.newId(), role, Optional.empty(), label, secret);
  }

  private ApiKey insert(String id, Role role, Optional<String> tenant, String label, String secret) {
    ApiKey key = new ApiKey(id, role, tenant, label, Instant.ofEpochMilli(clock.millis()), Optional.empty());
    if (tenant.isPresent() && findTenant(tenant.get()).isEmpty()) throw new IllegalArgumentException("unknown tenant: " + tenant.get());
    String sql = "INSERT INTO api_keys (id, secret_hash, role, tenant_id, label, created_at) VALUES (?, ?, ?, ?, ?, ?)";
    return database.write("store key " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, id);
        ps.setString(2, KeySecrets.hash(secret));
        ps.setString(3, role.wireName());
        if (tenant.isPresent()) ps.setString(4, tenant.get()); else ps.setNull(4, Types.VARCHAR);
        ps.setString(5, label);
        ps.setLong(6, key.created().toEpochMilli());
        ps.executeUpdate();
        return key;
      }
    });
  }

  @Override
  public Optional<ApiKey> authenticate(String secret) {
    List<ApiKey> found = query("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE secret_hash = ? AND revoked_at IS NULL",
        KeySecrets.hash(secret));
    return found.stream().findFirst();
  }

  @Override
  public List<ApiKey> keys() {
    return query("SELECT " + KEY_COLUMNS + " FROM api_keys ORDER BY created_at DESC, id");
  }

  @Override
  public boolean revoke(String id) {
    String sql = "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL";
    return database.write("revoke key " + id, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, clock.millis());
        ps.setString(2, id);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean hasActiveAdmin() {
    return !query("SELECT " + KEY_COLUMNS + " FROM api_keys WHERE role = ? AND revoked_at IS NULL", Role.ADMIN.wireName()).isEmpty();
  }

  @Override
  public Tenant putTenant(Tenant tenant) {
    return tenants.put(tenant);
  }

  @Override
  public Optional<Tenant> findTenant(String id) {
    return tenants.find(id);
  }

  @Override
  public List<Tenant> tenants() {
    return tenants.all();
  }

  private List<ApiKey> query(String sql, String... args) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setString(i + 1, args[i]);
      try (ResultSet rs = ps.executeQuery()) {
        List<ApiKey> out = new ArrayList<>();
        while (rs.next()) out.add(key(rs));
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("could not read keys", e);
    }
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    long revoked = rs.getLong("revoked_at");
    Optional<Instant> revokedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
    Role role = Role.fromWire(rs.getString("role")).orElseThrow(() -> new StoreException("unknown role in store", null));
    return new ApiKey(rs.getString("id"), role, Optional.ofNullable(rs.getString("tenant_id")), rs.getString("label"),
        Instant.ofEpochMilli(rs.getLong("created_at")), revokedAt);
  }

  @Override
  public void close() {
    database.close();
  }
}
