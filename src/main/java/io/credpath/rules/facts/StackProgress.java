package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * How far a catalogue stack is from complete: {@code missingBefore} leaf conditions with what the learner holds,
 * {@code missingAfter} with the pathway added; {@code via} are the titles of pathway credentials that are its
 * components, {@code viaIds} their ids, and {@code completers} the titles of credentials any one of which would complete it
 * and that are credentials for the target job (they prepare for it, its route names them, or they teach by title or
 * syllabus a field skill it lists).
 */
public record StackProgress(String stack, String title, String provider, double fee, int missingBefore, int missingAfter,
    List<String> viaIds, List<String> via, List<String> completers) {
  public StackProgress {
    Objects.requireNonNull(stack, "stack");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provider, "provider");
    viaIds = List.copyOf(viaIds);
    via = List.copyOf(via);
    completers = List.copyOf(completers);
  }
}
