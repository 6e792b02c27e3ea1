package io.credpath.advising;

import java.util.Objects;

/** A freshly created key together with its secret, which is never stored and can be shown only this once. */
public record IssuedKey(ApiKey key, String secret) {
  public IssuedKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }
}
