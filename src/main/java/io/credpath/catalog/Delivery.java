package io.credpath.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a credential is delivered. */
public enum Delivery {
  ONLINE, IN_PERSON, BLENDED;

  /** The name used in files and over HTTP, e.g. {@code in-person}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The delivery with this wire name, if any. */
  public static Optional<Delivery> fromWire(String s) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
