package io.credpath.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of credential in the catalogue, with their wire names. */
public enum CredentialType {
  BADGE, CERTIFICATE, CERTIFICATION, COURSE, MICRO_CREDENTIAL, SPECIALIZATION, PROFESSIONAL_CERTIFICATE, DEGREE, GUIDED_PROJECT,
  LICENCE, APPRENTICESHIP;

  /** The name used in files and over HTTP, e.g. {@code professional-certificate}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The type with this wire name, if any. */
  public static Optional<CredentialType> fromWire(String s) {
    return Arrays.stream(values()).filter(t -> t.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
