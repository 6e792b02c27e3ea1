package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two replicas starting together on a fresh database with the same {@code CREDPATH_ADMIN_KEY}: the one that finds the
 * key stored by the other between its check and its insert starts all the same, and the key is stored once.
 */
class FirstAdminKeyOnReplicasTest {
  private static final String SECRET = "cp_cluster.secret-0123456789";

  @Test
  void theReplicaThatLosesTheRaceToStoreTheAdminKeyStillStarts() {
    try (Database db = Database.connect("jdbc:h2:mem:firstadmin;DB_CLOSE_DELAY=-1", Optional.empty(), Optional.empty())) {
      JdbcKeyStore first = new JdbcKeyStore(db, Clock.systemUTC(), new Random(1));
      JdbcKeyStore second = new JdbcKeyStore(db, Clock.systemUTC(), new Random(2));
      new FirstAdminKey(new OvertakenStore(second, () -> new FirstAdminKey(first, Optional.of(SECRET)).ensure(s -> {})),
          Optional.of(SECRET)).ensure(s -> {});
      List<ApiKey> keys = first.keys();
      assertThat(keys).hasSize(1);
      assertThat(first.authenticate(SECRET)).isPresent();
    }
  }

  /** A real store whose first look-up happens just before another replica's {@code overtake} runs, as in a race. */
  private static final class OvertakenStore implements KeyStore {
    private final KeyStore store;
    private Runnable overtake;

    OvertakenStore(KeyStore store, Runnable overtake) {
      this.store = store;
      this.overtake = overtake;
    }

    @Override public Optional<ApiKey> authenticate(String secret) {
      Optional<ApiKey> seen = store.authenticate(secret);
      if (overtake != null) {
        overtake.run();
        overtake = null;
      }
      return seen;
    }

    @Override public IssuedKey create(Role role, Optional<String> tenant, String label) { return store.create(role, tenant, label); }
    @Override public ApiKey importKey(Role role, String secret, String label) { return store.importKey(role, secret, label); }
    @Override public List<ApiKey> keys() { return store.keys(); }
    @Override public boolean revoke(String id) { return store.revoke(id); }
    @Override public boolean hasActiveAdmin() { return store.hasActiveAdmin(); }
    @Override public Tenant putTenant(Tenant tenant) { return store.putTenant(tenant); }
    @Override public Optional<Tenant> findTenant(String id) { return store.findTenant(id); }
    @Override public List<Tenant> tenants() { return store.tenants(); }
    @Override public void close() { store.close(); }
  }
}
