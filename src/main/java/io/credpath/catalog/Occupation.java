package io.credpath.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An occupation (O*NET-SOC code) with the skills it requires, the credentials its employers ask for by name
 * ({@code credentials}, from the curated credentials that prepare for it) and how people usually get in.
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
    Optional<EntryRoute> entryRoute) {
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
  }

  /** An occupation without recognised credentials or an entry route. */
  public Occupation(String id, String title, List<String> alternateTitles, String description, OptionalInt jobZone,
      List<SkillRequirement> requirements, List<String> escoUris, List<String> related) {
    this(id, title, alternateTitles, description, jobZone, requirements, escoUris, related, List.of(), Optional.empty());
  }
}
