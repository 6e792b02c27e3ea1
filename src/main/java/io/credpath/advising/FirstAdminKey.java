package io.credpath.advising;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes sure an admin can get in at first start: stores the hash of {@code CREDPATH_ADMIN_KEY} when given, or
 * else, when no active admin key exists, generates one and announces its secret once.
 */
public final class FirstAdminKey {
  private final KeyStore store;
  private final Optional<String> fromEnvironment;

  public FirstAdminKey(KeyStore store, Optional<String> fromEnvironment) {
    this.store = store;
    this.fromEnvironment = fromEnvironment.filter(s -> !s.isBlank());
  }

  /** Ensures an admin key exists; {@code announce} receives a generated secret (never an operator-supplied one). */
  public void ensure(Consumer<String> announce) {
    if (fromEnvironment.isPresent()) {
      if (store.authenticate(fromEnvironment.get()).isPresent()) return;
      try {
        store.importKey(Role.ADMIN, fromEnvironment.get(), "CREDPATH_ADMIN_KEY");
      } catch (StoreException e) {
        // replicas starting together on a fresh database: another stored the same key first (its hash is unique)
        if (store.authenticate(fromEnvironment.get()).isEmpty()) throw e;
      }
      return;
    }
    if (store.hasActiveAdmin()) return;
    IssuedKey issued = store.create(Role.ADMIN, Optional.empty(), "generated at first start");
    announce.accept("credpath: generated the first admin API key (shown once, store it now): " + issued.secret());
  }
}
