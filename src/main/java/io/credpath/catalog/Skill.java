package io.credpath.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A canonical skill: what occupations require and credentials teach. */
public record Skill(String id, String name, List<String> aliases, String category, Optional<String> parent, List<String> uris) {
  public Skill {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(parent, "parent");
    uris = List.copyOf(uris);
  }
}
