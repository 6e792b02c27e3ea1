package io.credpath.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds taxonomy/skills.jsonl, occupations.jsonl, credentials.jsonl and stacks.jsonl from the raw
 * sources and the curated files under {@code <out>/curated}; re-runnable and deterministic.
 */
public final class TaxonomyImport {

  private final Path rawDir;
  private final Path outDir;
  private final PrintStream progress;

  public TaxonomyImport(Path rawDir, Path outDir, PrintStream progress) {
    this.rawDir = rawDir;
    this.outDir = outDir;
    this.progress = progress;
  }

  /**
   * Runs the whole import and writes the four files; a bad curated row, or a raw record it rejects that the exclusions
   * do not leave out ({@link LeftOutRecords}), stops it before anything is written.
   */
  public ImportReport run() {
    CuratedTables tables = new CuratedTables(outDir.resolve("curated"));
    // Every hand-written table is read and checked first, so a bad row stops the import before the long reads.
    ImportSettings settings = new ImportSettings(tables);
    CourseraEstimates courseraEstimates = new CourseraEstimates(tables, settings.courseraPrices());
    RoadmapTables roadmapTables = new RoadmapTables(tables);
    SkillWords skillWords = SkillWords.read(tables);
    TitleLanguage language = new TitleLanguage(LanguageWords.read(tables));
    LeftOutRecords leftOut = new LeftOutRecords(tables.exclusions());
    // The raw credential records are read and checked first too: a rejected one stops the import before the long reads.
    CourseraImporter coursera = new CourseraImporter(rawDir, courseraEstimates, leftOut);
    Map<String, CourseraImporter.Offering> offerings = coursera.read();
    UdemyImporter udemy = new UdemyImporter(rawDir, settings.udemyPace(), leftOut).read();
    RoadmapImporter roadmap = new RoadmapImporter(rawDir, roadmapTables, settings.roadmapPace(), settings.roadmapMinTaughtLevel(), leftOut).read();
    SkillVocabulary vocabulary = new SkillVocabulary();
    Set<String> canonicalKeys = addCanonicalSkills(vocabulary, tables.skills());
    OnetImporter onet = new OnetImporter(rawDir.resolve("onet"), vocabulary, settings.scale(), leftOut);
    onet.addElementSkills();
    long t0 = System.nanoTime();
    progress.println("reading ESCO ...");
    EscoImporter esco = new EscoImporter(rawDir.resolve("esco"), vocabulary, settings.escoLimits()).read();
    SkillMapper mapper = new SkillMapper(vocabulary, esco::reserve, canonicalKeys, skillWords);
    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    progress.println("reading O*NET ...");
    Map<String, OccupationDraft> occupations = onet.occupations(mapper);
    OccupationAssembly assembly = new OccupationAssembly(occupations, esco, vocabulary, settings.assemblyLimits());
    Map<String, String> overrides = new HashMap<>();
    tables.escoLinks().forEach(l -> overrides.put(l.escoLabel(), known(occupations, l.occupation(), "esco-links.jsonl")));
    assembly.linkEsco(rawDir.resolve("nesta_mcc/esco_onet_crosswalk_MCC.csv"), overrides);
    tables.alternateTitles().forEach(t -> occupations.get(known(occupations, t.occupation(), "alternate-titles.jsonl")).handTitle(t.title()));
    List<CuratedTables.Signal> signals = new ArrayList<>();
    for (CuratedTables.Signal sig : tables.signals()) {
      String id = vocabulary.lookup(SkillMapper.flatKey(sig.skill()))
          .orElseThrow(() -> new IllegalStateException("taxonomy/curated/signals.jsonl: unknown skill " + sig.skill()));
      signals.add(new CuratedTables.Signal(sig.pattern(), id));
    }
    Map<String, String> donors = new HashMap<>();
    tables.donors().forEach(d -> donors.put(known(occupations, d.occupation(), "donors.jsonl"), known(occupations, d.donor(), "donors.jsonl")));
    int derived = assembly.deriveRequirements(signals, donors, onet.ratings(), settings.derivation());
    Set<String> canonical = new HashSet<>();
    Set<String> generalSkills = new HashSet<>();
    for (CuratedTables.CanonicalSkill c : tables.skills()) {
      vocabulary.lookup(SkillMapper.flatKey(c.name())).ifPresent(id -> {
        canonical.add(id);
        if (c.general()) generalSkills.add(id);
      });
    }
    Map<String, Set<String>> toolScopes = new HashMap<>();
    Map<String, Set<String>> toolCores = new HashMap<>();
    for (CuratedTables.ToolScope t : tables.toolScopes()) {
      String kind = mapper.lookupName(t.kind()).orElseThrow(() -> new IllegalStateException(
          "taxonomy/curated/tool-scope.jsonl: no software kind named " + t.kind() + " in the vocabulary"));
      t.socGroups().ifPresent(g -> toolScopes.put(kind, Set.copyOf(g)));
      if (!t.coreIn().isEmpty()) toolCores.put(kind, Set.copyOf(t.coreIn()));
    }
    int general = new ProfileClassifier(occupations, onet.ratings(), canonical, generalSkills, toolScopes, toolCores,
        settings.generalThresholds()).classify();
    progress.printf("  %d requirements marked general%n", general);
    assembly.relateSiblings();

    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    progress.println("reading credentials ...");
    CourseraImporter.skillFrequencies(offerings).entrySet().stream()
        .filter(e -> e.getValue() >= settings.topicMinOfferings()).map(Map.Entry::getKey).sorted()
        .filter(s -> mapper.map(s).isEmpty())
        .forEach(s -> vocabulary.add(s, "competence", null, null));
    TaughtLevels levels = new TaughtLevels(mapper, tables.suites());
    JsonlWriter writer = new JsonlWriter();
    List<JsonNode> credentials = new ArrayList<>();
    coursera.credentials(offerings, mapper, levels, language).forEach(c -> credentials.add(writer.tree(c)));
    udemy.credentials(mapper, levels, language).forEach(c -> credentials.add(writer.tree(c)));
    CuratedImporter curated = new CuratedImporter(tables);
    List<ObjectNode> curatedCredentials = curated.credentials(mapper, occupations.keySet());
    Set<String> curatedNames = new HashSet<>();
    curatedCredentials.forEach(c -> CuratedImporter.names(c).forEach(n -> curatedNames.add(CuratedImporter.nameKey(n))));
    int overridden = 0;
    for (RoadmapImporter.Item item : roadmap.items(mapper)) {
      if (item.names().stream().map(CuratedImporter::nameKey).anyMatch(curatedNames::contains)) {
        overridden++;
      } else {
        credentials.add(writer.tree(item.credential()));
      }
    }
    // every raw record has been read: an exclusion that left nothing out is stale
    leftOut.checkEveryExclusionUsed();
    credentials.addAll(curatedCredentials);
    Set<String> credentialIds = new HashSet<>();
    credentials.forEach(c -> credentialIds.add(c.path("id").asText()));
    prepare(tables, credentials, occupations, settings.derivation().signals());
    int routes = attachEntryRoutes(tables, occupations, credentialIds);
    List<JsonNode> stacks = new ArrayList<>(curated.stacks(credentialIds));

    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    vocabulary.dropDanglingParents();
    List<JsonNode> skills = new ArrayList<>();
    vocabulary.entries().forEach(e -> skills.add(writer.tree(e.toRecord())));
    List<JsonNode> occ = new ArrayList<>();
    occupations.values().forEach(o -> occ.add(writer.tree(o.toRecord())));
    List<JsonNode> onetEsco = new ArrayList<>(List.of(Sources.ONET, Sources.ESCO, Sources.NESTA));
    List<JsonNode> skillSources = new ArrayList<>(List.of(Sources.ONET, Sources.ESCO, Sources.COURSERA));
    tables.header("skills.jsonl").ifPresent(skillSources::add);
    tables.header("signals.jsonl").ifPresent(onetEsco::add);
    tables.header("entry-routes.jsonl").ifPresent(onetEsco::add);
    writer.write(outDir.resolve("skills.jsonl"), Sources.header(skillSources), skills);
    writer.write(outDir.resolve("occupations.jsonl"), Sources.header(onetEsco), occ);
    List<JsonNode> credSources = new ArrayList<>(List.of(Sources.COURSERA, Sources.UDEMY, Sources.ROADMAP));
    tables.credentialFiles().forEach(f -> tables.header(f).ifPresent(credSources::add));
    credSources.addAll(List.of(Sources.ONET, Sources.ESCO));
    writer.write(outDir.resolve("credentials.jsonl"), Sources.header(credSources), credentials);
    List<JsonNode> stackSources = new ArrayList<>();
    tables.header("stacks.jsonl").ifPresent(stackSources::add);
    if (stackSources.isEmpty()) {
      stackSources.add(Sources.source("curated stacks", "taxonomy/curated/stacks.jsonl", "see each record",
          "Written from the issuers' published requirements; each record cites its source", null));
    }
    writer.write(outDir.resolve("stacks.jsonl"), Sources.header(stackSources), stacks);

    Map<String, Integer> byType = new TreeMap<>();
    Map<String, Integer> bySource = new TreeMap<>();
    credentials.forEach(c -> {
      byType.merge(c.path("type").asText(), 1, Integer::sum);
      bySource.merge(c.path("source").asText(), 1, Integer::sum);
    });
    int withReqs = (int) occupations.values().stream().filter(o -> !o.requirements.isEmpty()).count();
    int recognised = (int) occupations.values().stream().filter(o -> !o.credentials.isEmpty()).count();
    progress.printf("  %d occupations have recognised credentials, %d an entry route%n", recognised, routes);
    return new ImportReport(vocabulary.size(), occupations.size(), withReqs,
        occupations.size() - withReqs, derived, byType, bySource, stacks.size(), mapper.total(),
        mapper.mapped(), mapper.rate(), overridden, leftOut.filteredCounts(), leftOut.excluded());
  }

  /**
   * Applies {@code taxonomy/curated/prepares.jsonl} (credential prepares for occupations) and
   * {@code experience-in.jsonl} (occupations whose years a credential's issuer counts) to the credentials, then lists
   * on each occupation the credentials that prepare for it and lets what they teach corroborate its side skills
   * ({@link RequirementDeriver#corroborate}). Every id and code a row names must exist.
   */
  private static void prepare(CuratedTables tables, List<JsonNode> credentials, Map<String, OccupationDraft> occupations,
      RequirementDeriver.Signals signals) {
    Map<String, ObjectNode> byId = new HashMap<>();
    credentials.forEach(c -> byId.put(c.path("id").asText(), (ObjectNode) c));
    addOccupations(tables.preparations(), byId, occupations, "preparesFor", "prepares.jsonl");
    addOccupations(tables.experienceCredits(), byId, occupations, "experienceIn", "experience-in.jsonl");
    Map<String, Map<String, Integer>> taught = new HashMap<>();
    for (JsonNode c : credentials) {
      for (JsonNode code : c.path("preparesFor")) {
        occupations.get(code.asText()).credentials.add(c.path("id").asText());
        Map<String, Integer> levels = taught.computeIfAbsent(code.asText(), k -> new HashMap<>());
        for (JsonNode s : c.path("skills")) {
          if (s.path("basis").asText().equals("title") || s.path("basis").asText().equals("syllabus")) {
            levels.merge(s.path("skill").asText(), s.path("level").asInt(), Math::max);
          }
        }
      }
    }
    taught.forEach((code, levels) -> RequirementDeriver.corroborate(occupations.get(code), levels, signals));
  }

  /** Adds each row's occupations to its credential's {@code field}, sorted; every id and code must exist. */
  private static void addOccupations(List<CuratedTables.CredentialOccupations> rows, Map<String, ObjectNode> byId,
      Map<String, OccupationDraft> occupations, String field, String file) {
    for (CuratedTables.CredentialOccupations p : rows) {
      ObjectNode c = byId.get(p.credential());
      if (c == null) throw new IllegalStateException("taxonomy/curated/" + file + ": unknown credential " + p.credential());
      Set<String> codes = new java.util.TreeSet<>();
      c.path(field).forEach(code -> codes.add(code.asText()));
      for (String code : p.occupations()) codes.add(known(occupations, code, file));
      com.fasterxml.jackson.databind.node.ArrayNode out = c.putArray(field);
      codes.forEach(out::add);
    }
  }

  /** Adds the canonical table to a vocabulary (it must come first); returns its normalised names and aliases. */
  static Set<String> addCanonicalSkills(SkillVocabulary vocabulary, List<CuratedTables.CanonicalSkill> table) {
    Set<String> keys = new HashSet<>();
    for (CuratedTables.CanonicalSkill s : table) {
      String id = vocabulary.add(s.name(), s.category(), null, null);
      keys.add(SkillMapper.flatKey(s.name()));
      for (String alias : s.aliases()) {
        vocabulary.alias(id, alias);
        keys.add(SkillMapper.flatKey(alias));
      }
    }
    return keys;
  }

  private static String known(Map<String, OccupationDraft> occupations, String code, String file) {
    if (!occupations.containsKey(code)) throw new IllegalStateException("taxonomy/curated/" + file + ": unknown occupation " + code);
    return code;
  }

  /** Attaches the curated entry routes to their occupations; every credential they name must exist. */
  private static int attachEntryRoutes(CuratedTables tables, Map<String, OccupationDraft> occupations, Set<String> credentialIds) {
    int n = 0;
    for (CuratedTables.Located l : tables.records("entry-routes.jsonl")) {
      ObjectNode r = l.node();
      String code = r.path("occupation").asText();
      if (!occupations.containsKey(code)) throw new IllegalStateException(l.at() + ": unknown occupation " + code);
      for (String field : List.of("credentials", "firstSteps", "alsoRequired", "employerProvided", "alsoHelps")) {
        for (JsonNode id : r.path(field)) {
          if (!credentialIds.contains(id.asText())) throw new IllegalStateException(l.at() + ": " + field + " names unknown credential " + id.asText());
        }
      }
      // What employers provide is one of the route's own credentials (or first steps), never another job's.
      for (JsonNode id : r.path("employerProvided")) {
        boolean named = false;
        for (String field : List.of("credentials", "firstSteps", "alsoRequired")) {
          for (JsonNode other : r.path(field)) named |= other.asText().equals(id.asText());
        }
        if (!named) throw new IllegalStateException(l.at() + ": employerProvided names " + id.asText()
            + ", which is not among the route's credentials, firstSteps or alsoRequired");
      }
      // What merely helps is not also a step the route asks for: it is moved out of them, not listed twice.
      for (JsonNode id : r.path("alsoHelps")) {
        for (String field : List.of("credentials", "firstSteps", "alsoRequired")) {
          for (JsonNode other : r.path(field)) {
            if (other.asText().equals(id.asText())) throw new IllegalStateException(l.at() + ": alsoHelps names " + id.asText()
                + ", which the route also lists in " + field + "; a credential is either asked for or merely helpful");
          }
        }
      }
      // ... and says why, per credential, in alsoHelpsReasons (kept in the curated table, not in the taxonomy).
      for (JsonNode id : r.path("alsoHelps")) {
        if (r.path("alsoHelpsReasons").path(id.asText()).asText("").isBlank()) {
          throw new IllegalStateException(l.at() + ": alsoHelps names " + id.asText() + " without a reason in alsoHelpsReasons");
        }
      }
      // Why employers ask newcomers for a step, per credential the route asks for, carried into the taxonomy; a reason
      // for anything the route does not ask for (a merely helpful credential, a typo) is refused.
      JsonNode stepReasons = r.path("stepReasons");
      if (!stepReasons.isMissingNode() && !stepReasons.isObject()) throw new IllegalStateException(l.at() + ": stepReasons must be an object");
      Set<String> asked = new HashSet<>();
      for (String field : List.of("credentials", "firstSteps", "alsoRequired")) r.path(field).forEach(id -> asked.add(id.asText()));
      r.path("alsoRequiredOneOf").forEach(group -> group.forEach(id -> asked.add(id.asText())));
      for (Map.Entry<String, JsonNode> reason : stepReasons.properties()) {
        if (!asked.contains(reason.getKey())) throw new IllegalStateException(l.at() + ": stepReasons names " + reason.getKey()
            + ", which is not among the route's credentials, firstSteps or alsoRequired");
        if (!reason.getValue().isTextual() || reason.getValue().asText().isBlank()) {
          throw new IllegalStateException(l.at() + ": stepReasons gives " + reason.getKey() + " no sentence");
        }
      }
      for (Map.Entry<String, JsonNode> reason : r.path("alsoHelpsReasons").properties()) {
        boolean helps = false;
        for (JsonNode id : r.path("alsoHelps")) helps |= id.asText().equals(reason.getKey());
        if (!helps) throw new IllegalStateException(l.at() + ": alsoHelpsReasons names " + reason.getKey() + ", which alsoHelps does not");
      }
      for (JsonNode group : r.path("alsoRequiredOneOf")) {
        if (!group.isArray() || group.isEmpty()) throw new IllegalStateException(l.at() + ": alsoRequiredOneOf must hold non-empty arrays of credential ids");
        for (JsonNode id : group) {
          if (!credentialIds.contains(id.asText())) throw new IllegalStateException(l.at() + ": alsoRequiredOneOf names unknown credential " + id.asText());
        }
      }
      // What workers of the job hold names real credentials, a number of years and, kept in the curated table, why.
      for (JsonNode held : r.path("workersHold")) {
        if (!held.path("oneOf").isArray() || held.path("oneOf").isEmpty() || !held.path("afterYears").isNumber()
            || held.path("reason").asText("").isBlank()) {
          throw new IllegalStateException(l.at() + ": workersHold entries need a non-empty oneOf, afterYears and a reason");
        }
        for (JsonNode id : held.path("oneOf")) {
          if (!credentialIds.contains(id.asText())) throw new IllegalStateException(l.at() + ": workersHold names unknown credential " + id.asText());
        }
      }
      ObjectNode route = r.deepCopy();
      route.remove(List.of("occupation", "reason", "alsoHelpsReasons"));
      for (JsonNode held : route.path("workersHold")) ((ObjectNode) held).remove("reason");
      occupations.get(code).entryRoute = route;
      n++;
    }
    return n;
  }
}
