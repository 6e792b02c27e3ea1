package io.credpath.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credpath.catalog.JsonLinesReader.Located;
import io.credpath.catalog.JsonLinesReader.ParsedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Loads and validates a {@code taxonomy/} directory (skills, occupations, credentials, stacks, and the search word
 * lists, as JSON Lines), reporting every problem with file, line, record id and field rather than stopping at the first.
 */
public final class TaxonomyLoader {
  /** The files a taxonomy directory must hold, in the order problems are reported. */
  public static final List<String> FILES = List.of("skills.jsonl", "occupations.jsonl", "credentials.jsonl", "stacks.jsonl",
      SearchWordsReader.ABBREVIATIONS, SearchWordsReader.STOP_WORDS, SearchWordsReader.FILLER_WORDS);

  private final Path dir;
  private final JsonLinesReader reader;
  private final PrerequisiteCycleFinder cycles;

  /**
   * A loader for the taxonomy in {@code dir}, finding prerequisite loops with {@code cycles} (the credential graph's:
   * {@code io.credpath.graph.PrerequisiteCycles.FINDER}); nothing is read until {@link #load()} or {@link #validate()}.
   */
  public TaxonomyLoader(Path dir, PrerequisiteCycleFinder cycles) {
    this.dir = dir;
    this.cycles = java.util.Objects.requireNonNull(cycles, "cycles");
    ObjectMapper mapper = new ObjectMapper()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.reader = new JsonLinesReader(mapper);
  }

  /** The validated catalogue, or a {@link TaxonomyException} listing every problem found. */
  public Catalog load() {
    Outcome o = read();
    if (!o.problems().isEmpty()) throw new TaxonomyException(o.problems());
    return o.catalog().orElseThrow();
  }

  /** Like {@link #load()}, also reporting how many milliseconds reading and validating took. */
  public LoadedTaxonomy loadTimed() {
    long start = System.nanoTime();
    Catalog catalog = load();
    return new LoadedTaxonomy(catalog, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * The SHA-256, as lower-case hex, of the files a load reads (their names and bytes, in {@link #FILES} order), so an
   * answer can say which taxonomy it was computed on; a file missing counts as empty (loading it fails anyway).
   */
  public String fingerprint() {
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (String name : FILES) {
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        Path file = dir.resolve(name);
        if (!java.nio.file.Files.isRegularFile(file)) continue;
        try (java.io.InputStream in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file), digest)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        digest.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read the taxonomy in " + dir, e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The search word lists alone ({@code search-*.jsonl}), or a {@link TaxonomyException} listing every problem in
   * them: for a catalogue built by hand, as tests and benches do, that is searched with the shipped words.
   */
  public SearchWords loadSearchWords() {
    SearchWordsReader.Outcome o = new SearchWordsReader(reader).read(dir);
    if (!o.problems().isEmpty()) throw new TaxonomyException(o.problems());
    return o.words();
  }

  /** Every problem in the taxonomy (malformed lines, bad fields, unknown references, duplicates, cycles); empty when it loads. */
  public List<Problem> validate() {
    return read().problems();
  }

  private record Outcome(Optional<Catalog> catalog, List<Problem> problems) {}

  private Outcome read() {
    CompletableFuture<ParsedFile<Skill>> skills = CompletableFuture.supplyAsync(() -> reader.read(dir, FILES.get(0), RecordReaders::skill));
    CompletableFuture<ParsedFile<Occupation>> occupations =
        CompletableFuture.supplyAsync(() -> reader.read(dir, FILES.get(1), RecordReaders::occupation));
    CompletableFuture<ParsedFile<Stack>> stacks = CompletableFuture.supplyAsync(() -> reader.read(dir, FILES.get(3), RecordReaders::stack));
    ParsedFile<Credential> credentials = reader.read(dir, FILES.get(2), CredentialReader::read);
    SearchWordsReader.Outcome searchWords = new SearchWordsReader(reader).read(dir);
    List<ParsedFile<?>> files = new ArrayList<>(List.of(skills.join(), occupations.join(), credentials, stacks.join()));

    List<Problem> problems = new ArrayList<>();
    files.forEach(f -> problems.addAll(f.problems()));
    problems.addAll(new TaxonomyValidator(skills.join(), occupations.join(), credentials, stacks.join(), cycles).problems());
    problems.addAll(searchWords.problems());
    files.addAll(searchWords.files());
    problems.sort(Comparator.comparingInt((Problem p) -> FILES.indexOf(p.file())).thenComparingInt(Problem::line));
    if (!problems.isEmpty()) return new Outcome(Optional.empty(), List.copyOf(problems));

    Map<String, Object> sources = new LinkedHashMap<>();
    files.forEach(f -> f.source().ifPresent(s -> sources.put(f.name(), s)));
    Catalog catalog = new Catalog(values(skills.join()), values(occupations.join()), values(credentials), values(stacks.join()), sources,
        searchWords.words());
    return new Outcome(Optional.of(catalog), List.of());
  }

  private static <T> List<T> values(ParsedFile<T> file) {
    return file.records().stream().map(Located::value).toList();
  }
}
