package io.credpath.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * The jobs whose years count toward a curated candidate ({@code jobs}, titles: those it prepares for first, then the
 * others of their SOC broad occupation, then those its issuer counts) and whether the learner's current job is one of
 * them or in the same SOC broad occupation ({@code includesCurrent}, the first six characters of the code: EMTs and
 * paramedics, not every construction trade): years of experience a credential asks for are years in those jobs, so a
 * delivery driver's years do not make an ASE automotive technician, nor a construction laborer's a solar installer.
 */
public record PreparesFor(String credential, List<String> jobs, boolean includesCurrent) {
  public PreparesFor {
    Objects.requireNonNull(credential, "credential");
    jobs = List.copyOf(jobs);
  }
}
