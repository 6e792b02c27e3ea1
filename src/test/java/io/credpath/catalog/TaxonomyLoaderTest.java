package io.credpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credpath.graph.PrerequisiteCycles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {
  @TempDir Path dir;

  private List<String> problems(TaxonomyFiles files) {
    return new TaxonomyLoader(files.writeTo(dir), PrerequisiteCycles.FINDER).validate().stream().map(Problem::toString).toList();
  }

  @Test
  void loadsAValidTinyTaxonomy() {
    Catalog catalog = new TaxonomyLoader(new TaxonomyFiles().writeTo(dir), PrerequisiteCycles.FINDER).load();

    assertThat(catalog.skills()).extracting(Skill::id).containsExactly("skill:sql", "skill:python");
    assertThat(catalog.occupation("15-2051.01").requirements()).singleElement()
        .isEqualTo(new SkillRequirement("skill:sql", 3, 4.5, true, false, true, "derived-tasks"));
    Credential a = catalog.credential("x:a");
    assertThat(a.type()).isEqualTo(CredentialType.CERTIFICATION);
    assertThat(a.cost().total()).isEqualTo(100);
    assertThat(a.requires()).contains(new Requirement.AnyOf(List.of(
        new Requirement.HasCredential("x:b"), new Requirement.HasExperience(2))));
    assertThat(a.unmappedSkills()).containsExactly("Data Wrangling");
    assertThat(catalog.credential("x:c").retired()).isTrue();
    assertThat(catalog.credential("x:c").sessions()).containsExactly(LocalDate.of(2025, 1, 6));
    assertThat(catalog.findStack("stack:ab")).get().extracting(Stack::components).isInstanceOf(Requirement.AtLeast.class);
    assertThat(catalog.sources()).containsOnlyKeys(TaxonomyLoader.FILES)
        .containsEntry("skills.jsonl", Map.of("name", "test", "licence", "CC0"));
  }

  @Test
  void namesTheLineAndByteOfInvalidUtf8AndReadsTheRestOfTheFile() throws Exception {
    new TaxonomyFiles().set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"description\":\"caf\u00e9\""))
        .set("credentials.jsonl", 4, TaxonomyFiles.credential("x:c", "\"status\":\"retired\"")).writeTo(dir);
    Path file = dir.resolve("credentials.jsonl");
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    int at = text.substring(0, text.indexOf("caf\u00e9")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 3;
    bytes[at] = (byte) 0xE9; // Latin-1 e-acute followed by '"': not a UTF-8 sequence
    bytes[at + 1] = (byte) '"';
    bytes[at + 2] = (byte) ' ';
    java.nio.file.Files.write(file, bytes);
    int column = at - text.lastIndexOf('\n', at); // the line before the bad byte is ASCII, so chars count bytes
    // The bad line is reported and skipped; the lines after it are still read, and references to it are reported too.
    assertThat(new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).validate()).extracting(Problem::toString).containsExactly(
        "credentials.jsonl:2 (id x:a, field requires.anyOf[0].credential): unknown credential x:b; did you mean x:a, x:c?",
        "credentials.jsonl:3: is not valid UTF-8 (byte " + column + " of the line)",
        "stacks.jsonl:2 (id stack:ab, field components.of[1].credential): unknown credential x:b; did you mean x:a, x:c?");
  }

  @Test
  void theFingerprintNamesTheFilesLoadedAndChangesWithAnyOfThem() throws Exception {
    TaxonomyLoader loader = new TaxonomyLoader(new TaxonomyFiles().writeTo(dir), PrerequisiteCycles.FINDER);
    String first = loader.fingerprint();
    assertThat(first).hasSize(64).isEqualTo(new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).fingerprint());
    java.nio.file.Files.writeString(dir.resolve("README.md"), "not a file a load reads");
    assertThat(loader.fingerprint()).isEqualTo(first);
    Path credentials = dir.resolve("credentials.jsonl");
    java.nio.file.Files.writeString(credentials, java.nio.file.Files.readString(credentials) + "\n");
    assertThat(loader.fingerprint()).isNotEqualTo(first);
  }

  @Test
  void validTaxonomyHasNoProblemsAndReportsLoadTime() {
    assertThat(problems(new TaxonomyFiles())).isEmpty();
    assertThat(new TaxonomyLoader(dir, PrerequisiteCycles.FINDER).loadTimed().loadMillis()).isNotNegative();
  }

  @Test
  void reportsPrerequisiteCycleInRequiresOrder() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("credentials.jsonl", 2, TaxonomyFiles.credential("x:a", "\"requires\":{\"credential\":\"x:c\"}"))
        .set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"requires\":{\"allOf\":[{\"credential\":\"x:a\"}]}"))
        .set("credentials.jsonl", 4, TaxonomyFiles.credential("x:c", "\"requires\":{\"credential\":\"x:b\"}"));
    assertThat(problems(files)).containsExactly("credentials.jsonl:2 (id x:a): prerequisite cycle x:a -> x:c -> x:b -> x:a");
  }

  @Test
  void namesACycleFromItsSmallestIdWhenReachedFromOutside() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("credentials.jsonl", 2, TaxonomyFiles.credential("x:a", "\"requires\":{\"credential\":\"x:c\"}"))
        .set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"requires\":{\"credential\":\"x:c\"}"))
        .set("credentials.jsonl", 4, TaxonomyFiles.credential("x:c", "\"requires\":{\"credential\":\"x:b\"}"));
    assertThat(problems(files)).containsExactly("credentials.jsonl:3 (id x:b): prerequisite cycle x:b -> x:c -> x:b");
  }

  @Test
  void reportsEachSeparateLoopOnceAtItsFirstCredential() {
    TaxonomyFiles files = new TaxonomyFiles()
        .set("credentials.jsonl", 2, TaxonomyFiles.credential("x:a", "\"requires\":{\"credential\":\"x:b\"}"))
        .set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"requires\":{\"credential\":\"x:a\"}"))
        .set("credentials.jsonl", 4, TaxonomyFiles.credential("x:c", "\"requires\":{\"anyOf\":[{\"credential\":\"x:c\"},{\"experienceYears\":1}]}"));
    assertThat(problems(files)).containsExactly("credentials.jsonl:2 (id x:a): prerequisite cycle x:a -> x:b -> x:a",
        "credentials.jsonl:4 (id x:c): prerequisite cycle x:c -> x:c");
  }

  @Test
  void reportsDanglingCredentialReferenceWithItsPathAndSuggestions() {
    TaxonomyFiles files = new TaxonomyFiles().set("credentials.jsonl", 2,
        TaxonomyFiles.credential("x:a", "\"requires\":{\"anyOf\":[{\"experienceYears\":2},{\"credential\":\"x:bb\"}]}"));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:2 (id x:a, field requires.anyOf[1].credential): unknown credential x:bb; did you mean x:b, x:a, x:c?");
  }

  @Test
  void reportsDuplicateIdNamingBothLines() {
    TaxonomyFiles files = new TaxonomyFiles().add("credentials.jsonl", TaxonomyFiles.credential("x:a", ""));
    assertThat(problems(files)).containsExactly("credentials.jsonl:5 (id x:a, field id): duplicate id, first defined on line 2");
  }

  @Test
  void reportsNonNumericCost() {
    TaxonomyFiles files = new TaxonomyFiles().set("credentials.jsonl", 3,
        TaxonomyFiles.credential("x:b", "").replace("\"amount\":100", "\"amount\":\"abc\""));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:3 (id x:b, field cost.items[0].amount): must be a non-negative number, got \"abc\"");
  }

  @Test
  void reportsAJurisdictionThatIsNotARegionCode() {
    TaxonomyFiles files = new TaxonomyFiles().set("credentials.jsonl", 3,
        TaxonomyFiles.credential("x:b", "").replace("\"hours\":20", "\"hours\":20,\"jurisdiction\":\"Florida\""));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:3 (id x:b, field jurisdiction): must be an ISO 3166 code such as US-TX, got \"Florida\"");
  }

  @Test
  void reportsAStandInForEveryStateThatHasAJurisdictionOrNamesNoOneStateVersion() {
    TaxonomyFiles withJurisdiction = new TaxonomyFiles().set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "")
        .replace("\"hours\":20", "\"hours\":20,\"jurisdiction\":\"US-FL\",\"stateVersions\":[\"x:a\"]"));
    assertThat(problems(withJurisdiction)).containsExactly("credentials.jsonl:3 (id x:b, field stateVersions): names the one-state "
        + "credentials a credential for every state stands for, so it needs no jurisdiction; got jurisdiction \"US-FL\"");
    TaxonomyFiles national = new TaxonomyFiles().set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "")
        .replace("\"hours\":20", "\"hours\":20,\"stateVersions\":[\"x:a\",\"x:nowhere\"]"));
    assertThat(problems(national)).containsExactly(
        "credentials.jsonl:3 (id x:b, field stateVersions[0]): x:a counts in every state (it has no jurisdiction), so it is not "
            + "one state's version",
        "credentials.jsonl:3 (id x:b, field stateVersions[1]): unknown credential x:nowhere");
  }

  @Test
  void reportsAStandInThatIsMoreOpenThanTheEmployerConferredLicenceItStandsFor() {
    String employer = "\"conditions\":[{\"kind\":\"employer\",\"text\":\"Issued on appointment by a sheriff.\"}]";
    TaxonomyFiles files = new TaxonomyFiles()
        .set("credentials.jsonl", 2, TaxonomyFiles.credential("x:a", "\"jurisdiction\":\"US-TX\"," + employer))
        .set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"stateVersions\":[\"x:a\"]"));
    assertThat(problems(files)).containsExactly("credentials.jsonl:3 (id x:b, field conditions): x:a is conferred only through an "
        + "employer (an \"employer\" condition), so the credential standing for each state's own needs one too");
    files.set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "\"stateVersions\":[\"x:a\"]," + employer));
    assertThat(problems(files)).isEmpty();
  }

  @Test
  void reportsACuratorsNoteOnSourcesInWhatALearnerReads() {
    // Held-out review #43 read "(from knowledge; not fetched)" in an answer: a note on sources belongs in the row's
    // reason or its estimates.
    TaxonomyFiles files = new TaxonomyFiles()
        .set("credentials.jsonl", 2, TaxonomyFiles.credential("x:a", "\"costIncludes\":\"Exam fee. From knowledge; not fetched.\","
            + "\"conditions\":[{\"kind\":\"other\",\"text\":\"A signed attestation (not confirmed in the sources found).\"}]"));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:2 (id x:a, field conditions[0].text): reads as a curator's note on its sources (\"sources found\"), "
            + "not text for the learner: say it in the row's reason, or mark the figure in estimates",
        "credentials.jsonl:2 (id x:a, field costIncludes): reads as a curator's note on its sources (\"From knowledge\"), not text "
            + "for the learner: say it in the row's reason, or mark the figure in estimates");
  }

  @Test
  void reportsAnEducationLevelOutsideONetsCategories() {
    TaxonomyFiles files = new TaxonomyFiles();
    String line = files.line("occupations.jsonl", 2);
    files.set("occupations.jsonl", 2, line.substring(0, line.lastIndexOf('}')) + ",\"education\":{\"level\":13,\"share\":50}}");
    assertThat(problems(files)).singleElement().asString().startsWith("occupations.jsonl:2 (id ")
        .endsWith("field education.level): must be an integer in 1..12, got 13");
  }

  @Test
  void reportsNegativeCostAndHours() {
    TaxonomyFiles files = new TaxonomyFiles().set("credentials.jsonl", 3,
        TaxonomyFiles.credential("x:b", "").replace("\"amount\":100", "\"amount\":-5").replace("\"hours\":20", "\"hours\":-1.5"));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:3 (id x:b, field cost.items[0].amount): must be a non-negative number, got -5",
        "credentials.jsonl:3 (id x:b, field hours): must be a non-negative number, got -1.5");
  }

  @Test
  void reportsLevelsOutOfRange() {
    TaxonomyFiles files = new TaxonomyFiles().set("credentials.jsonl", 4,
        TaxonomyFiles.credential("x:c", "").replace("\"level\":2,\"rating\"", "\"level\":7,\"rating\"")
            .replace("\"skill:sql\",\"level\":2", "\"skill:sql\",\"level\":0"));
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:4 (id x:c, field level): must be an integer in 1..5, got 7",
        "credentials.jsonl:4 (id x:c, field skills[0].level): must be an integer in 1..5, got 0");
  }

  @Test
  void reportsTruncatedLastLineWithLineAndColumn() {
    String full = TaxonomyFiles.credential("x:d", "");
    String cut = full.substring(0, 40);
    TaxonomyFiles files = new TaxonomyFiles().add("credentials.jsonl", cut);
    assertThat(problems(files)).containsExactly(
        "credentials.jsonl:5: malformed JSON at column 41: Unexpected end-of-input: was expecting closing quote for a string value");
  }

  @Test
  void reportsEveryProblemTogetherInFileAndLineOrder() {
    TaxonomyFiles files = new TaxonomyFiles()
        .remove("stacks.jsonl")
        .set("occupations.jsonl", 2, "{\"id\":\"15-1\",\"title\":\"T\",\"requirements\":[{\"skill\":\"skill:rust\",\"level\":2,\"importance\":6}]}")
        .set("credentials.jsonl", 3, TaxonomyFiles.credential("x:b", "").replace("\"online\"", "\"by-post\""))
        .add("credentials.jsonl", "{\"id\":\"x:d\",");
    assertThatThrownBy(() -> new TaxonomyLoader(files.writeTo(dir), PrerequisiteCycles.FINDER).load())
        .isInstanceOf(TaxonomyException.class)
        .satisfies(e -> assertThat(((TaxonomyException) e).problems()).extracting(Problem::toString).containsExactly(
            "occupations.jsonl:2 (id 15-1, field requirements[0].importance): must be a number in 1..5, got 6",
            "credentials.jsonl:3 (id x:b, field delivery): must be one of online, in-person, blended, got \"by-post\"",
            "credentials.jsonl:5: malformed JSON at column 13: Unexpected end-of-input within/between Object entries",
            "stacks.jsonl: file is missing from " + dir))
        .hasMessageStartingWith("4 problem(s) in taxonomy:");
  }
}
