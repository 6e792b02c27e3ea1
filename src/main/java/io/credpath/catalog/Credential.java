package io.credpath.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An offering a learner can earn: a course, certificate, certification, licence, specialization, badge or degree.
 * {@code preparesFor} names the occupations whose employers ask for it by name (CTDL isPreparationFor);
 * {@code conditions} are eligibility conditions beyond credentials and experience; {@code costIncludes} says in words
 * what the price covers; {@code jurisdiction} is the ISO 3166-2 code of the one state or region whose licence or
 * approved course it is ("US-FL" for a Florida real-estate licence), empty when it counts anywhere;
 * {@code stateVersions} are, for a credential that stands for each state's own ("a real estate sales licence from your
 * state"), the one-state credentials it stands for, whose hours and fees it shows; empty otherwise;
 * {@code experienceIn} are occupations beside {@code preparesFor} whose years meet the experience it asks for, where its
 * issuer counts them (a deckhand's sea time toward the Coast Guard's captain's licence); empty when only the jobs it
 * prepares for count.
 */
public record Credential(
    String id,
    String title,
    CredentialType type,
    String provider,
    String url,
    String description,
    Cost cost,
    double hours,
    int minWeeks,
    int maxWeeks,
    Delivery delivery,
    String language,
    int level,
    OptionalDouble rating,
    List<TaughtSkill> skills,
    List<String> unmappedSkills,
    Optional<Requirement> requires,
    Optional<Requirement> recommends,
    Optional<Renewal> renewal,
    Quality quality,
    List<LocalDate> sessions,
    boolean retired,
    Set<String> estimates,
    String source,
    List<String> preparesFor,
    List<Condition> conditions,
    String costIncludes,
    String jurisdiction,
    List<String> stateVersions,
    List<String> experienceIn) {
  /** An ISO 3166 country or 3166-2 subdivision code: "US", "US-TX". */
  public static final java.util.regex.Pattern JURISDICTION = java.util.regex.Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

  /** A credential that counts anywhere (no jurisdiction). */
  public Credential(String id, String title, CredentialType type, String provider, String url, String description, Cost cost,
      double hours, int minWeeks, int maxWeeks, Delivery delivery, String language, int level, OptionalDouble rating,
      List<TaughtSkill> skills, List<String> unmappedSkills, Optional<Requirement> requires, Optional<Requirement> recommends,
      Optional<Renewal> renewal, Quality quality, List<LocalDate> sessions, boolean retired, Set<String> estimates, String source,
      List<String> preparesFor, List<Condition> conditions, String costIncludes) {
    this(id, title, type, provider, url, description, cost, hours, minWeeks, maxWeeks, delivery, language, level, rating, skills,
        unmappedSkills, requires, recommends, renewal, quality, sessions, retired, estimates, source, preparesFor, conditions,
        costIncludes, "", List.of(), List.of());
  }

  /** A credential whose experience counts only in the jobs it prepares for. */
  public Credential(String id, String title, CredentialType type, String provider, String url, String description, Cost cost,
      double hours, int minWeeks, int maxWeeks, Delivery delivery, String language, int level, OptionalDouble rating,
      List<TaughtSkill> skills, List<String> unmappedSkills, Optional<Requirement> requires, Optional<Requirement> recommends,
      Optional<Renewal> renewal, Quality quality, List<LocalDate> sessions, boolean retired, Set<String> estimates, String source,
      List<String> preparesFor, List<Condition> conditions, String costIncludes, String jurisdiction, List<String> stateVersions) {
    this(id, title, type, provider, url, description, cost, hours, minWeeks, maxWeeks, delivery, language, level, rating, skills,
        unmappedSkills, requires, recommends, renewal, quality, sessions, retired, estimates, source, preparesFor, conditions,
        costIncludes, jurisdiction, stateVersions, List.of());
  }

  public Credential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cost, "cost");
    if (!(hours >= 0) || Double.isInfinite(hours)) throw new IllegalArgumentException("hours must not be negative: " + hours);
    if (minWeeks < 0) throw new IllegalArgumentException("minWeeks must not be negative: " + minWeeks);
    if (maxWeeks < minWeeks) throw new IllegalArgumentException("maxWeeks " + maxWeeks + " is below minWeeks " + minWeeks);
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(language, "language");
    if (level < 1 || level > 5) throw new IllegalArgumentException("level must be 1..5: " + level);
    Objects.requireNonNull(rating, "rating");
    skills = List.copyOf(skills);
    unmappedSkills = List.copyOf(unmappedSkills);
    Objects.requireNonNull(requires, "requires");
    Objects.requireNonNull(recommends, "recommends");
    Objects.requireNonNull(renewal, "renewal");
    Objects.requireNonNull(quality, "quality");
    sessions = List.copyOf(sessions);
    estimates = Set.copyOf(estimates);
    Objects.requireNonNull(source, "source");
    preparesFor = List.copyOf(preparesFor);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(costIncludes, "costIncludes");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!jurisdiction.isEmpty() && !JURISDICTION.matcher(jurisdiction).matches()) {
      throw new IllegalArgumentException("jurisdiction must be an ISO 3166 code such as US-TX: " + jurisdiction);
    }
    stateVersions = List.copyOf(stateVersions);
    experienceIn = List.copyOf(experienceIn);
    if (!stateVersions.isEmpty() && !jurisdiction.isEmpty()) {
      throw new IllegalArgumentException("a credential standing for each state's own has no jurisdiction: " + id);
    }
  }

  /**
   * This credential as a plan must take it: {@code requires} in place of its own (the planner adds the base an issuer
   * recommends when the rules decide the plan takes it first); everything else unchanged.
   */
  public Credential withRequires(Optional<Requirement> requires) {
    return new Credential(id, title, type, provider, url, description, cost, hours, minWeeks, maxWeeks, delivery, language, level,
        rating, skills, unmappedSkills, requires, recommends, renewal, quality, sessions, retired, estimates, source, preparesFor,
        conditions, costIncludes, jurisdiction, stateVersions, experienceIn);
  }

  /**
   * Whether work as {@code occupation} is work in this credential's field: a job it prepares for, one of the same SOC
   * broad occupation (an EMT's years toward the paramedic programme) unless that broad occupation is one of SOC's
   * "Miscellaneous" groups (XX-XX9X: hearing aid specialists beside orthotists), or one whose years its issuer counts
   * ({@code experienceIn}: a deckhand's sea time toward the captain's licence).
   */
  public boolean inItsField(String occupation) {
    return preparesFor.contains(occupation) || experienceIn.contains(occupation)
        || preparesFor.stream().anyMatch(p -> p.regionMatches(0, occupation, 0, 6) && !miscellaneousGroup(p));
  }

  /**
   * Whether this credential counts (or is given) in one place only, and that is not {@code region} (the learner's
   * ISO 3166-2 code, empty when not given): a Washington home care aide certification for someone whose state is not
   * known is not a need of theirs.
   */
  public boolean countsOnlyElsewhere(String region) {
    return !jurisdiction.isEmpty() && !jurisdiction.equals(region);
  }

  /** Whether {@code code} is in one of SOC's "Miscellaneous" broad occupations, whose broad digit is 9 (29-2090). */
  private static boolean miscellaneousGroup(String code) {
    return code.length() > 5 && code.charAt(5) == '9';
  }

  /** The level this credential teaches a skill at, or 0 when it does not teach it. */
  public int levelOf(String skill) {
    int best = 0;
    for (TaughtSkill s : skills) {
      if (s.skill().equals(skill)) best = Math.max(best, s.level());
    }
    return best;
  }

  /** The level this credential teaches a skill at with title or syllabus evidence, or 0 when it does not. */
  public int strongLevelOf(String skill) {
    int best = 0;
    for (TaughtSkill s : skills) {
      if (s.basis().strong() && s.skill().equals(skill)) best = Math.max(best, s.level());
    }
    return best;
  }

  /** Whether this is an industry certification (an exam-based credential from an issuer). */
  public boolean isCertification() {
    return type == CredentialType.CERTIFICATION;
  }
}
