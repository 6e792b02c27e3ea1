package io.credpath.importing;

import java.util.List;
import java.util.Map;

/**
 * What an import produced: record counts, how many occupations ended without requirements, the
 * skill mapping rate (mapped free-text skill strings / all of them) and rejected curated stacks.
 */
public record ImportReport(int skills, int occupations, int occupationsWithRequirements,
    int occupationsWithoutRequirements, int occupationsWithDerivedRequirements,
    Map<String, Integer> credentialsByType, Map<String, Integer> credentialsBySource, int stacks,
    long skillStrings, long mappedSkillStrings, double skillMappingRate,
    int roadmapEntriesOverriddenByCurated, List<String> rejectedStacks) {

  public ImportReport {
    credentialsByType = Map.copyOf(credentialsByType);
    credentialsBySource = Map.copyOf(credentialsBySource);
    rejectedStacks = List.copyOf(rejectedStacks);
  }
}
