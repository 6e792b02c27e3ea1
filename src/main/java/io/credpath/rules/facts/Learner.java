package io.credpath.rules.facts;

import java.util.Objects;
import java.util.Set;

/**
 * The learner: tenant (empty string when none), years of experience, the credential ids already held, and their
 * education as an O*NET category (1-12, 0 when unknown): the one they stated ({@code educationStated}), else the one
 * most workers in their current job name; {@code currentJob} the title of the job they name ("" when none) and
 * {@code jobLicences} the titles of the licences that job's route names, which the planner takes them to hold
 * ({@code jobStateLicences} those of one state, which stand for the learner's own state's); {@code jobFirstSteps} the ids
 * of the first steps that job's route asks of newcomers, which the learner may hold from being hired there, and
 * {@code jobEmployerProvided} of the credentials its employers arrange for their staff; {@code jobRouteHeld} whether they
 * hold (or, from their years there, are taken to hold) that route's own credential, which its first steps lead to.
 */
public record Learner(String tenant, double experienceYears, Set<String> held, int education, boolean educationStated,
    String currentJob, java.util.List<String> jobLicences, java.util.List<String> jobStateLicences,
    java.util.List<String> jobFirstSteps, java.util.List<String> jobEmployerProvided, boolean jobRouteHeld) {
  public Learner {
    Objects.requireNonNull(tenant, "tenant");
    held = Set.copyOf(held);
    Objects.requireNonNull(currentJob, "currentJob");
    jobLicences = java.util.List.copyOf(jobLicences);
    jobStateLicences = java.util.List.copyOf(jobStateLicences);
    jobFirstSteps = java.util.List.copyOf(jobFirstSteps);
    jobEmployerProvided = java.util.List.copyOf(jobEmployerProvided);
  }
}
