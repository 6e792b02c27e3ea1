package io.credpath.advising;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An advisor's word on one step of a saved plan: its credential, the new status, the date it happened and any evidence. */
public record StepMark(String credential, StepStatus status, LocalDate date, Optional<String> evidenceUrl) {
  public StepMark {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(evidenceUrl, "evidenceUrl");
    if (status == null || status == StepStatus.PLANNED) throw new IllegalArgumentException("a step is marked started, completed or abandoned: " + status);
  }
}
