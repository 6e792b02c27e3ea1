package io.credpath.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/** A larger credential earned from components (k of n, nested), with an optional fee or credit value. */
public record Stack(
    String id,
    String title,
    String type,
    String provider,
    String url,
    Requirement components,
    double fee,
    String currency,
    OptionalDouble creditValue,
    Optional<String> creditUnit,
    Optional<String> awards,
    String source) {
  public Stack {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(components, "components");
    if (!(fee >= 0)) throw new IllegalArgumentException("fee must not be negative: " + fee);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(creditValue, "creditValue");
    Objects.requireNonNull(creditUnit, "creditUnit");
    Objects.requireNonNull(awards, "awards");
    Objects.requireNonNull(source, "source");
  }
}
