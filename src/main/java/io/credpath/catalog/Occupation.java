package io.credpath.catalog;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** An occupation (O*NET-SOC code) with the skills it requires. */
public record Occupation(
    String id,
    String title,
    List<String> alternateTitles,
    String description,
    OptionalInt jobZone,
    List<SkillRequirement> requirements,
    List<String> escoUris,
    List<String> related) {
  public Occupation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    alternateTitles = List.copyOf(alternateTitles);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(jobZone, "jobZone");
    requirements = List.copyOf(requirements);
    escoUris = List.copyOf(escoUris);
    related = List.copyOf(related);
  }
}
