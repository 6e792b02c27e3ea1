package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link KeyStore} database must show; subclasses supply a fresh, empty database. */
abstract class KeyStoreContract {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);
  private KeyStore store;

  /** A fresh database with no tables yet. */
  abstract Database freshDatabase();

  @BeforeEach
  void open() {
    store = new JdbcKeyStore(freshDatabase(), CLOCK, new Random(42));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void createdKeyAuthenticatesWithItsSecretOnly() {
    IssuedKey issued = store.create(Role.ADMIN, Optional.empty(), "ops");
    assertThat(issued.secret()).startsWith("cp_" + issued.key().id() + ".");
    assertThat(store.authenticate(issued.secret())).contains(issued.key());
    assertThat(store.authenticate(issued.secret() + "x")).isEmpty();
    assertThat(store.authenticate("")).isEmpty();
  }

  @Test
  void listsKeysWithoutSecretsAndKeepsRevokedOnes() {
    IssuedKey a = store.create(Role.ADMIN, Optional.empty(), "a");
    store.putTenant(tenant("acme"));
    IssuedKey b = store.create(Role.PARTNER, Optional.of("acme"), "b");
    assertThat(store.revoke(a.key().id())).isTrue();
    List<ApiKey> keys = store.keys();
    assertThat(keys).extracting(ApiKey::id).containsExactlyInAnyOrder(a.key().id(), b.key().id());
    assertThat(keys).filteredOn(k -> k.id().equals(a.key().id())).singleElement()
        .satisfies(k -> assertThat(k.revoked()).contains(CLOCK.instant()));
    assertThat(keys).filteredOn(k -> k.id().equals(b.key().id())).singleElement()
        .satisfies(k -> assertThat(k.tenant()).contains("acme"));
  }

  @Test
  void revokedKeyNoLongerAuthenticates() {
    IssuedKey issued = store.create(Role.ADMIN, Optional.empty(), "ops");
    assertThat(store.revoke(issued.key().id())).isTrue();
    assertThat(store.revoke(issued.key().id())).isFalse();
    assertThat(store.authenticate(issued.secret())).isEmpty();
    assertThat(store.hasActiveAdmin()).isFalse();
  }

  @Test
  void storesOnlyTheHashOfTheSecret() throws Exception {
    IssuedKey issued = store.create(Role.ADMIN, Optional.empty(), "ops");
    assertThat(KeySecrets.hash(issued.secret())).hasSize(64).doesNotContain(issued.secret());
    assertThat(store.keys().toString()).doesNotContain(issued.secret());
  }

  @Test
  void partnerKeyNeedsAnExistingTenant() {
    assertThatThrownBy(() -> store.create(Role.PARTNER, Optional.of("nobody"), "x")).hasMessageContaining("nobody");
  }

  @Test
  void tenantRoundTripsAndIsReplacedWhole() {
    Tenant first = new Tenant("acme", Set.of("Coursera", "Udemy"), Set.of("cert:a-plus"), Set.of("https://acme.example"), 30,
        Set.of("es", "en"));
    store.putTenant(first);
    assertThat(store.findTenant("acme")).contains(first);
    Tenant second = new Tenant("acme", Set.of("Google"), Set.of(), Set.of(), 5);
    store.putTenant(second);
    assertThat(store.findTenant("acme")).contains(second);
    store.putTenant(tenant("beta"));
    assertThat(store.tenants()).extracting(Tenant::id).containsExactly("acme", "beta");
    assertThat(store.findTenant("zeta")).isEmpty();
  }

  @Test
  void tenantKeepsItsProvidersAsTheCatalogueScopeComparesThem() {
    store.putTenant(new Tenant("acme", Set.of("Coursera", " coursera", "UDEMY"), Set.of(" cert:a-plus"), Set.of(), 30));
    Tenant stored = store.findTenant("acme").orElseThrow();
    assertThat(stored.providers()).containsExactlyInAnyOrder("coursera", "udemy");
    assertThat(stored.credentials()).containsExactly("cert:a-plus");
  }

  @Test
  void firstAdminKeyIsGeneratedOnceAndAnnounced() {
    StringBuilder said = new StringBuilder();
    new FirstAdminKey(store, Optional.empty()).ensure(said::append);
    new FirstAdminKey(store, Optional.empty()).ensure(said::append);
    assertThat(store.keys()).hasSize(1);
    String secret = said.substring(said.indexOf("cp_"));
    assertThat(store.authenticate(secret)).hasValueSatisfying(k -> assertThat(k.role()).isEqualTo(Role.ADMIN));
  }

  @Test
  void adminKeyFromEnvironmentIsStoredHashedAndNotAnnounced() {
    StringBuilder said = new StringBuilder();
    new FirstAdminKey(store, Optional.of("operator-chosen-secret-123")).ensure(said::append);
    new FirstAdminKey(store, Optional.of("operator-chosen-secret-123")).ensure(said::append);
    assertThat(said).isEmpty();
    assertThat(store.keys()).hasSize(1);
    assertThat(store.authenticate("operator-chosen-secret-123")).isPresent();
  }

  private static Tenant tenant(String id) {
    return new Tenant(id, Set.of(), Set.of(), Set.of(), 60);
  }
}
