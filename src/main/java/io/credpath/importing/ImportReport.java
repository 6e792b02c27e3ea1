package io.credpath.importing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import produced: record counts, how many occupations ended without requirements, the skill mapping rate
 * (mapped free-text skill strings / all of them), the roadmap entries a curated record replaced, and what it left out:
 * how many raw records each filter of a kind it never imports dropped ({@code leftOutByFilter}), and the rejected
 * records {@code curated/excluded-records.jsonl} leaves out, each by file and key ({@code excludedRecords}).
 */
public record ImportReport(int skills, int occupations, int occupationsWithRequirements,
    int occupationsWithoutRequirements, int occupationsWithDerivedRequirements,
    Map<String, Integer> credentialsByType, Map<String, Integer> credentialsBySource, int stacks,
    long skillStrings, long mappedSkillStrings, double skillMappingRate,
    int roadmapEntriesOverriddenByCurated, Map<String, Integer> leftOutByFilter, List<String> excludedRecords) {

  public ImportReport {
    credentialsByType = Map.copyOf(credentialsByType);
    credentialsBySource = Map.copyOf(credentialsBySource);
    leftOutByFilter = Collections.unmodifiableMap(new LinkedHashMap<>(leftOutByFilter));
    excludedRecords = List.copyOf(excludedRecords);
  }
}
