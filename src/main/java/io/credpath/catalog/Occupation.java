package io.credpath.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An occupation (O*NET-SOC code) with the skills it requires, the credentials its employers ask for by name
 * ({@code credentials}, from the curated credentials that prepare for it), how people usually get in (a curated
 * {@code entryRoute}), the education most of its workers say it requires ({@code education}, from O*NET), the O*NET
 * detailed work activities its tasks are instances of ({@code activities}, DWA ids) and its RIASEC {@code interests}.
 */
public record Occupation(
    String id,
    String title,
    List<String> alternateTitles,
    String description,
    OptionalInt jobZone,
    List<SkillRequirement> requirements,
    List<String> escoUris,
    List<String> related,
    List<String> credentials,
    Optional<EntryRoute> entryRoute,
    Optional<Education> education,
    List<String> activities,
    Optional<Interests> interests) {
  public Occupation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    alternateTitles = List.copyOf(alternateTitles);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(jobZone, "jobZone");
    requirements = List.copyOf(requirements);
    escoUris = List.copyOf(escoUris);
    related = List.copyOf(related);
    credentials = List.copyOf(credentials);
    Objects.requireNonNull(entryRoute, "entryRoute");
    Objects.requireNonNull(education, "education");
    activities = List.copyOf(activities);
    Objects.requireNonNull(interests, "interests");
  }

  /** An occupation without known work activities or interests. */
  public Occupation(String id, String title, List<String> alternateTitles, String description, OptionalInt jobZone,
      List<SkillRequirement> requirements, List<String> escoUris, List<String> related, List<String> credentials,
      Optional<EntryRoute> entryRoute, Optional<Education> education) {
    this(id, title, alternateTitles, description, jobZone, requirements, escoUris, related, credentials, entryRoute,
        education, List.of(), Optional.empty());
  }

  /** This occupation entered by {@code route} instead of its own. */
  public Occupation withEntryRoute(Optional<EntryRoute> route) {
    return new Occupation(id, title, alternateTitles, description, jobZone, requirements, escoUris, related, credentials, route,
        education, activities, interests);
  }

  /**
   * Whether this occupation's entry route is gated for someone whose current job is at {@code currentJobZone} and whose
   * stated education is {@code education} ({@link EntryRoute#gatedFor(java.util.OptionalInt, java.util.OptionalInt,
   * java.util.OptionalInt)}), its degree being the master's or more most of its workers name, when they do (librarians);
   * false without a route.
   */
  public boolean gatedFor(java.util.OptionalInt currentJobZone, java.util.OptionalInt education) {
    return entryRoute.map(r -> r.gatedFor(currentJobZone, education, degreeAboveBachelor())).orElse(false);
  }

  /**
   * The degree this occupation's degree route asks for when it is above a bachelor's: the education most of its workers
   * say the job requires (O*NET, a majority share), when that is a master's or more; empty otherwise.
   */
  private java.util.OptionalInt degreeAboveBachelor() {
    return education.filter(e -> e.level() > Education.BACHELOR && e.share() >= 50).map(e -> java.util.OptionalInt.of(e.level()))
        .orElse(java.util.OptionalInt.empty());
  }

  /** A catch-all code (its title ends in ", All Other" or names "All Other Specialists"): jobs of a group without a code of their own. */
  public boolean catchAll() {
    return title.contains(", All Other");
  }

  /** An occupation whose workers' education is not known. */
  public Occupation(String id, String title, List<String> alternateTitles, String description, OptionalInt jobZone,
      List<SkillRequirement> requirements, List<String> escoUris, List<String> related, List<String> credentials,
      Optional<EntryRoute> entryRoute) {
    this(id, title, alternateTitles, description, jobZone, requirements, escoUris, related, credentials, entryRoute,
        Optional.empty());
  }

  /** An occupation without recognised credentials or an entry route. */
  public Occupation(String id, String title, List<String> alternateTitles, String description, OptionalInt jobZone,
      List<SkillRequirement> requirements, List<String> escoUris, List<String> related) {
    this(id, title, alternateTitles, description, jobZone, requirements, escoUris, related, List.of(), Optional.empty());
  }
}
