package io.credpath.advising;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A background job's state: {@code queued}, {@code running}, then {@code done} or {@code failed} (with the reason). */
public enum JobState {
  QUEUED, RUNNING, DONE, FAILED;

  /** Whether the job has nothing more to do. */
  public boolean finished() {
    return this == DONE || this == FAILED;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<JobState> fromWire(String s) {
    return Arrays.stream(values()).filter(v -> v.wireName().equals(s)).findFirst();
  }

  @Override
  public String toString() {
    return wireName();
  }
}
