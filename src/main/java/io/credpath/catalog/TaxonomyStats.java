package io.credpath.catalog;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Counts describing a catalogue, as {@code credpath info} shows them.
 *
 * @param credentialsWithPrerequisites credentials that have a {@code requires} expression of any kind
 * @param prerequisiteEdges distinct (credential, credential it mentions in {@code requires}) pairs
 * @param skillMappingRate skills listed on credentials / (those + unmapped skill strings); 0 when there are none
 */
public record TaxonomyStats(int occupations, int occupationsWithRequirements, int skills, int credentials,
    Map<String, Integer> byType, int stacks, int credentialsWithPrerequisites, int prerequisiteEdges, double skillMappingRate) {

  public TaxonomyStats {
    byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
  }

  /** The counts for {@code catalog}; {@code byType} lists every type by wire name, zero included. */
  public static TaxonomyStats of(Catalog catalog) {
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (CredentialType t : CredentialType.values()) byType.put(t.wireName(), 0);
    int withPrerequisites = 0;
    int edges = 0;
    long mapped = 0;
    long unmapped = 0;
    for (Credential c : catalog.credentials()) {
      byType.merge(c.type().wireName(), 1, Integer::sum);
      if (c.requires().isPresent()) {
        withPrerequisites++;
        edges += new LinkedHashSet<>(c.requires().get().credentialIds()).size();
      }
      mapped += c.skills().size();
      unmapped += c.unmappedSkills().size();
    }
    int withRequirements = (int) catalog.occupations().stream().filter(o -> !o.requirements().isEmpty()).count();
    double rate = mapped + unmapped == 0 ? 0 : (double) mapped / (mapped + unmapped);
    return new TaxonomyStats(catalog.occupations().size(), withRequirements, catalog.skills().size(), catalog.credentials().size(),
        byType, catalog.stacks().size(), withPrerequisites, edges, rate);
  }

  /** The counts as an ordered map for JSON, with credential counts nested as {@code credentials: {total, byType}}. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("occupations", occupations);
    m.put("occupationsWithRequirements", occupationsWithRequirements);
    m.put("skills", skills);
    Map<String, Object> creds = new LinkedHashMap<>();
    creds.put("total", credentials);
    creds.put("byType", byType);
    m.put("credentials", creds);
    m.put("stacks", stacks);
    m.put("credentialsWithPrerequisites", credentialsWithPrerequisites);
    m.put("prerequisiteEdges", prerequisiteEdges);
    m.put("skillMappingRate", skillMappingRate);
    return m;
  }
}
