package io.credpath.catalog.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds taxonomy/skills.jsonl, occupations.jsonl, credentials.jsonl and stacks.jsonl from the raw
 * sources and the curated files under {@code <out>/curated}; re-runnable and deterministic.
 */
public final class TaxonomyImport {

  /** An unmapped Coursera skill tag named by at least this many offerings becomes a topic skill. */
  static final int TOPIC_MIN_OFFERINGS = 3;

  private final Path rawDir;
  private final Path outDir;
  private final PrintStream progress;

  public TaxonomyImport(Path rawDir, Path outDir, PrintStream progress) {
    this.rawDir = rawDir;
    this.outDir = outDir;
    this.progress = progress;
  }

  /** Runs the whole import and writes the four files. */
  public ImportReport run() {
    SkillVocabulary vocabulary = new SkillVocabulary();
    ImportTables.addCanonicalSkills(vocabulary);
    OnetImporter onet = new OnetImporter(rawDir.resolve("onet"), vocabulary);
    onet.addElementSkills();
    long t0 = System.nanoTime();
    progress.println("reading ESCO ...");
    EscoImporter esco = new EscoImporter(rawDir.resolve("esco"), vocabulary).read();
    SkillMapper mapper = new SkillMapper(vocabulary, esco::reserve, ImportTables.canonicalKeys());
    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    progress.println("reading O*NET ...");
    Map<String, OccupationDraft> occupations = onet.occupations(mapper);
    OccupationAssembly assembly = new OccupationAssembly(occupations, esco, vocabulary);
    Map<String, String> overrides = new HashMap<>();
    ImportTables.read("esco-occupation-overrides.txt").forEach(l -> overrides.put(l[0].toLowerCase(java.util.Locale.ROOT), l[1]));
    assembly.linkEsco(rawDir.resolve("nesta_mcc/esco_onet_crosswalk_MCC.csv"), overrides);
    ImportTables.read("extra-alternate-titles.txt").forEach(l -> occupations.get(l[0]).handTitle(l[1]));
    List<RequirementDeriver.TaskKeyword> taskKeywords = new ArrayList<>();
    ImportTables.read("task-keywords.txt").forEach(l -> taskKeywords.add(RequirementDeriver.TaskKeyword.of(l[0],
        vocabulary.lookup(SkillMapper.flatKey(l[1])).orElseThrow(() -> new IllegalStateException("task keyword skill unknown: " + l[1])),
        l.length > 2 && l[2].trim().equals("all"))));
    Map<String, String> donors = new HashMap<>();
    ImportTables.read("ratings-donors.txt").forEach(l -> donors.put(l[0], l[1]));
    int derived = assembly.deriveRequirements(taskKeywords, donors);
    assembly.relateSiblings();

    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    progress.println("reading credentials ...");
    CourseraImporter coursera = new CourseraImporter(rawDir);
    Map<String, CourseraImporter.Offering> offerings = coursera.read();
    CourseraImporter.skillFrequencies(offerings).entrySet().stream()
        .filter(e -> e.getValue() >= TOPIC_MIN_OFFERINGS).map(Map.Entry::getKey).sorted()
        .filter(s -> mapper.map(s).isEmpty())
        .forEach(s -> vocabulary.add(s, "competence", null, null));
    JsonlWriter writer = new JsonlWriter();
    List<JsonNode> credentials = new ArrayList<>();
    coursera.credentials(offerings, mapper).forEach(c -> credentials.add(writer.tree(c)));
    new UdemyImporter(rawDir).credentials(mapper).forEach(c -> credentials.add(writer.tree(c)));
    CuratedImporter curated = new CuratedImporter(outDir.resolve("curated"));
    List<ObjectNode> curatedCerts = curated.certifications(mapper);
    Set<String> curatedNames = new HashSet<>();
    curatedCerts.forEach(c -> CuratedImporter.names(c).forEach(n -> curatedNames.add(CuratedImporter.nameKey(n))));
    int overridden = 0;
    for (RoadmapImporter.Item item : new RoadmapImporter(rawDir).items(mapper)) {
      if (item.names().stream().map(CuratedImporter::nameKey).anyMatch(curatedNames::contains)) {
        overridden++;
      } else {
        credentials.add(writer.tree(item.credential()));
      }
    }
    credentials.addAll(curatedCerts);
    Set<String> credentialIds = new HashSet<>();
    credentials.forEach(c -> credentialIds.add(c.path("id").asText()));
    List<String> rejected = new ArrayList<>();
    List<JsonNode> stacks = new ArrayList<>();
    for (ObjectNode s : curated.stacks()) {
      Set<String> missing = new LinkedHashSet<>();
      StackReferences.of(s).stream().filter(r -> !credentialIds.contains(r)).forEach(missing::add);
      if (missing.isEmpty()) {
        stacks.add(s);
      } else {
        rejected.add(s.path("id").asText() + " -> unknown " + missing);
      }
    }
    rejected.forEach(r -> progress.println("REJECTED stack " + r));

    progress.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
    vocabulary.dropDanglingParents();
    List<JsonNode> skills = new ArrayList<>();
    vocabulary.entries().forEach(e -> skills.add(writer.tree(e.toRecord())));
    List<JsonNode> occ = new ArrayList<>();
    occupations.values().forEach(o -> occ.add(writer.tree(o.toRecord())));
    List<JsonNode> onetEsco = List.of(Sources.ONET, Sources.ESCO, Sources.NESTA);
    writer.write(outDir.resolve("skills.jsonl"), Sources.header(List.of(Sources.ONET, Sources.ESCO, Sources.COURSERA)), skills);
    writer.write(outDir.resolve("occupations.jsonl"), Sources.header(onetEsco), occ);
    List<JsonNode> credSources = new ArrayList<>(List.of(Sources.COURSERA, Sources.UDEMY, Sources.ROADMAP));
    curated.header("certifications.jsonl").ifPresent(credSources::add);
    credSources.addAll(List.of(Sources.ONET, Sources.ESCO));
    writer.write(outDir.resolve("credentials.jsonl"), Sources.header(credSources), credentials);
    List<JsonNode> stackSources = new ArrayList<>();
    curated.header("stacks.jsonl").ifPresent(stackSources::add);
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
    return new ImportReport(vocabulary.size(), occupations.size(), withReqs,
        occupations.size() - withReqs, derived, byType, bySource, stacks.size(), mapper.total(),
        mapper.mapped(), mapper.rate(), overridden, rejected);
  }

  /** {@code --raw DIR --out DIR}. */
  public static void main(String[] args) {
    Path raw = null;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--raw" -> raw = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (raw == null || out == null) {
      System.err.println("usage: TaxonomyImport --raw DIR --out DIR");
      System.exit(2);
    }
    long start = System.nanoTime();
    ImportReport report = new TaxonomyImport(raw, out, System.out).run();
    System.out.println(report);
    System.out.printf("done in %.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
