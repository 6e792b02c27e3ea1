package io.credpath.advising;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a learner stands on one step of a saved plan: {@code planned} (nothing said yet), {@code started},
 * {@code completed} (the credential is then one they hold) or {@code abandoned}.
 */
public enum StepStatus {
  PLANNED, STARTED, COMPLETED, ABANDONED;

  /** The name stored and used over HTTP. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with this wire name, if any. */
  public static Optional<StepStatus> fromWire(String s) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
