package io.credpath.advising;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The latest status stored for one step of a saved plan: the date it happened, any evidence, and who said so when. */
public record StepProgress(String credential, StepStatus status, LocalDate date, Optional<String> evidenceUrl, Instant updated,
    String updatedBy) {}
