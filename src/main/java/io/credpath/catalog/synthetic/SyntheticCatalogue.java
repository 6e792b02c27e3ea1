package io.credpath.catalog.synthetic;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.Cost;
import io.credpath.catalog.CostItem;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Renewal;
import io.credpath.catalog.Requirement;
import io.credpath.catalog.Stack;
import io.credpath.catalog.TaughtSkill;
import io.credpath.catalog.TaxonomyLoader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A taxonomy directory grown from the shipped one to {@code credentials} credentials, the same bytes for the same seed
 * and shipped taxonomy. Skills, occupations, the search word lists and the shipped stacks are copied unchanged; so are
 * the shipped credentials the occupations and stacks name, with what they ask for (their lines verbatim). The rest are
 * synthetic: provider after provider, each copying the make-up of a shipped provider, in rounds that take every shipped
 * provider once in a random order (so provider
 * sizes, credential types, levels, delivery, languages, renewal and the shape of prerequisites come in the shipped
 * proportions), each credential after one of that provider's with its price and hours varied by up to about a quarter,
 * a skill level now and then one off and a skill now and then swapped for another as often taught; prerequisites keep
 * their shape (allOf, anyOf, k-of-n, skills, years) over the same provider's earlier credentials, in chains up to
 * {@value Retargeting#MAX_DEPTH} deep; stacks come at the shipped rate per credential, shaped after a shipped stack.
 */
public final class SyntheticCatalogue {
  /** The generator's version, written to the files' headers; change it whenever the same seed would give other bytes. */
  public static final int VERSION = 1;
  private static final int PROGRESS_STEPS = 20;

  private final Catalog shipped;
  private final Path shippedDir;
  private final String shippedFingerprint;
  private final int credentials;
  private final long seed;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Set<String> kept;

  /** What was written: credentials kept and made, providers and stacks made, and how many credentials have each prerequisite depth. */
  public record Summary(int kept, int made, int providers, int stacks, Map<Integer, Integer> depths, int anyOf, int atLeast) {}

  /** Told how many credentials of the total are written, now and then, for a progress display. */
  @FunctionalInterface
  public interface Progress {
    void written(int done, int total);
  }

  /**
   * A generator of {@code credentials} credentials from the shipped catalogue {@code shipped}, loaded from
   * {@code shippedDir} (whose files are copied and whose fingerprint, {@code shippedFingerprint}, the headers name).
   */
  public SyntheticCatalogue(Catalog shipped, Path shippedDir, String shippedFingerprint, int credentials, long seed) {
    this.shipped = shipped;
    this.shippedDir = shippedDir;
    this.shippedFingerprint = shippedFingerprint;
    this.credentials = credentials;
    this.seed = seed;
    this.kept = keptIds();
    int least = kept.size();
    if (credentials < least) {
      throw new IllegalArgumentException("--credentials must be at least " + least + ": the shipped credentials the occupations "
          + "and stacks name, and those they ask for, are kept; got " + credentials);
    }
  }

  /** Writes the taxonomy into {@code out} (created if missing; the taxonomy files in it are replaced). */
  public Summary writeTo(Path out, Progress progress) {
    try {
      Files.createDirectories(out);
      for (String name : TaxonomyLoader.FILES) {
        if (!name.equals("credentials.jsonl") && !name.equals("stacks.jsonl")) {
          Files.copy(shippedDir.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return write(out, progress);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic taxonomy to " + out, e);
    }
  }

  /** How many shipped credentials are kept as they are: the fewest credentials a generated taxonomy can have. */
  public int kept() {
    return kept.size();
  }

  private Set<String> keptIds() {
    Set<String> named = new LinkedHashSet<>();
    try {
      for (String file : List.of("occupations.jsonl", "stacks.jsonl")) {
        List<String> lines = Files.readAllLines(shippedDir.resolve(file), StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
          if (!line.isBlank()) texts(mapper.readTree(line), named);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped taxonomy in " + shippedDir, e);
    }
    named.retainAll(ids());
    return new ShippedShape(shipped).keptWith(named);
  }

  private Set<String> ids() {
    Set<String> ids = new java.util.HashSet<>();
    shipped.credentials().forEach(c -> ids.add(c.id()));
    return ids;
  }

  /** Every text value in a record: the credential ids among them are what an occupation or stack names. */
  private static void texts(JsonNode node, Set<String> out) {
    if (node.isTextual()) out.add(node.textValue());
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) texts(it.next(), out);
  }

  private Summary write(Path out, Progress progress) throws IOException {
    ShippedShape shape = new ShippedShape(shipped);
    SplittableRandom random = new SplittableRandom(seed);
    int made = credentials - kept.size();
    Map<Integer, Integer> depths = new TreeMap<>();
    int[] groups = new int[2];
    int providers = 0;
    int stacks = 0;
    try (OutputStream credOut = Files.newOutputStream(out.resolve("credentials.jsonl"));
         OutputStream stackOut = Files.newOutputStream(out.resolve("stacks.jsonl"));
         JsonGenerator creds = generator(credOut);
         JsonGenerator stackLines = generator(stackOut)) {
      copyHeaderAndKept("credentials.jsonl", creds, kept, made);
      copyHeaderAndKept("stacks.jsonl", stackLines, null, made);
      RecordLines credLines = new RecordLines(creds);
      RecordLines stackWriter = new RecordLines(stackLines);
      int done = 0;
      int nextReport = 0;
      int[] round = new int[0];
      int next = 0;
      while (done < made) {
        if (next == round.length) {
          round = shuffled(shape.providers().size(), random);
          next = 0;
        }
        List<Credential> templates = shape.providers().get(round[next++]);
        String provider = String.format("Synthetic Provider %06d", ++providers);
        List<Retargeting.Made> earlier = new ArrayList<>();
        for (Credential t : templates) {
          if (done >= made) break;
          String id = String.format("synthetic-%06d:c%07d", providers, done + 1);
          // Another issuer's kept credential stays named (CompTIA A+ before a vendor's exam); the copied provider's own
          // become this provider's earlier ones.
          java.util.function.Predicate<String> keep = named -> kept.contains(named)
              && !shipped.credential(named).provider().equals(t.provider());
          Retargeting requires = new Retargeting(earlier, keep, shape::depth, random);
          Credential c = credential(t, id, provider, requires, new Retargeting(earlier, keep, shape::depth, random), shape, random);
          int depth = c.requires().isPresent() ? requires.depth() : 0;
          earlier.add(new Retargeting.Made(id, depth));
          depths.merge(depth, 1, Integer::sum);
          c.requires().ifPresent(r -> count(r, groups));
          credLines.credential(c);
          done++;
          if (done >= nextReport) {
            progress.written(kept.size() + done, credentials);
            nextReport = done + Math.max(1, made / PROGRESS_STEPS);
          }
        }
        long due = Math.round(earlier.size() * shape.stacksPerCredential() + random.nextDouble() - 0.5);
        for (int s = 0; s < due && earlier.size() >= 2 && !shape.stacks().isEmpty(); s++) {
          Stack template = shape.stacks().get(random.nextInt(shape.stacks().size()));
          java.util.Optional<Stack> st = stack(template, String.format("synthetic-stack:%06d-s%d", providers, s + 1), provider,
              earlier, random);
          if (st.isPresent()) {
            stackWriter.stack(st.get());
            stacks++;
          }
        }
      }
      progress.written(credentials, credentials);
      creds.writeRaw('\n');
      stackLines.writeRaw('\n');
    }
    return new Summary(kept.size(), made, providers, stacks, depths, groups[0], groups[1]);
  }

  private JsonGenerator generator(OutputStream out) throws IOException {
    JsonGenerator g = mapper.getFactory().createGenerator(new java.io.BufferedOutputStream(out, 1 << 16));
    g.setRootValueSeparator(new SerializedString("\n"));
    g.setCodec(mapper);
    return g;
  }

  /**
   * The shipped file's header with a synthetic block added (generator, version, seed, size, the shipped taxonomy's
   * fingerprint), then the shipped lines of {@code keep} (every line when it is null), byte for byte.
   */
  private void copyHeaderAndKept(String file, JsonGenerator json, Set<String> keep, int made) throws IOException {
    List<String> lines = Files.readAllLines(shippedDir.resolve(file), StandardCharsets.UTF_8);
    ObjectNode header = (ObjectNode) mapper.readTree(lines.get(0));
    ObjectNode source = (ObjectNode) header.get("source");
    ObjectNode synthetic = mapper.createObjectNode();
    synthetic.put("note", "SYNTHETIC: generated for the catalogue-size benchmarks, not real offerings. The shipped records "
        + "the occupations and stacks name are kept as shipped; every record whose source is \"synthetic\" is made up, "
        + "shaped after the shipped records.");
    synthetic.put("generator", "credpath generate (io.credpath.catalog.synthetic.SyntheticCatalogue)");
    synthetic.put("generatorVersion", VERSION);
    synthetic.put("seed", seed);
    synthetic.put("credentials", credentials);
    synthetic.put("syntheticCredentials", made);
    synthetic.put("shapedAfter", "the taxonomy with fingerprint " + shippedFingerprint);
    source.set("synthetic", synthetic);
    json.writeTree(header);
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) continue;
      if (keep == null || keep.contains(mapper.readTree(line).path("id").asText())) {
        json.writeRaw('\n');
        json.writeRaw(line);
      }
    }
  }

  private Credential credential(Credential t, String id, String provider, Retargeting requires, Retargeting recommends,
      ShippedShape shape, SplittableRandom random) {
    double price = vary(random);
    List<CostItem> items = new ArrayList<>();
    for (CostItem i : t.cost().items()) items.add(new CostItem(i.kind(), cents(i.amount() * price)));
    Cost cost = t.cost().known() ? new Cost(t.cost().currency(), items) : Cost.unknown(t.cost().currency());
    double hours = Math.round(t.hours() * vary(random) * 10) / 10.0;
    List<TaughtSkill> skills = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (TaughtSkill s : t.skills()) {
      String skill = s.skill();
      int level = s.level();
      double roll = random.nextDouble();
      if (roll < 0.05) skill = shape.taughtSkills().get(random.nextInt(shape.taughtSkills().size()));
      else if (roll < 0.20) level = Math.max(1, Math.min(5, level + (random.nextBoolean() ? 1 : -1)));
      if (!seen.add(skill)) continue;
      skills.add(new TaughtSkill(skill, level, s.basis()));
    }
    java.util.Optional<Requirement> req = t.requires().flatMap(requires::copy);
    java.util.Optional<Requirement> rec = t.recommends().flatMap(recommends::copy);
    java.util.Optional<Renewal> renewal = t.renewal().map(r -> new Renewal(r.everyYears(), cents(r.cost() * price), r.hours()));
    String url = "https://synthetic.invalid/" + id.replace(':', '/');
    return new Credential(id, t.title(), t.type(), provider, url, t.description(), cost, hours, t.minWeeks(), t.maxWeeks(),
        t.delivery(), t.language(), t.level(), t.rating(), skills, List.of(), req, rec, renewal, t.quality(), t.sessions(),
        t.retired(), t.estimates(), "synthetic", t.preparesFor(), t.conditions(), t.costIncludes(), t.jurisdiction(), List.of(),
        t.experienceIn());
  }

  /** A stack shaped after {@code template} over distinct credentials of the provider, or empty when it names none. */
  private static java.util.Optional<Stack> stack(Stack template, String id, String provider, List<Retargeting.Made> made,
      SplittableRandom random) {
    List<Retargeting.Made> flat = made.stream().map(m -> new Retargeting.Made(m.id(), 0)).toList();
    Retargeting components = new Retargeting(flat, c -> false, c -> 0, random);
    return components.copy(template.components()).filter(r -> !r.credentialIds().isEmpty())
        .map(r -> new Stack(id, template.title() + " (" + provider + ")", template.type(), provider,
            "https://synthetic.invalid/" + id.replace(':', '/'), r, template.fee(), template.currency(), template.creditValue(),
            template.creditUnit(), java.util.Optional.empty(), "synthetic"));
  }

  /**
   * The shipped providers' positions in a random order: a round copies each once, so that a catalogue of whole rounds
   * has the shipped mix exactly (one shipped provider holds 43% of the credentials; drawn independently, how often it
   * came up would swing the mix by tens of percent).
   */
  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  /** A factor around 1 (log-normal, sigma 0.25): how a provider's price or hours differ from the shipped one it copies. */
  private static double vary(SplittableRandom random) {
    return Math.exp(0.25 * gaussian(random));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  private static double cents(double amount) {
    return Math.round(amount * 100) / 100.0;
  }

  private static void count(Requirement r, int[] groups) {
    r.fold(new Requirement.Fold<Void>() {
      @Override public Void credential(Requirement.HasCredential leaf) { return null; }
      @Override public Void skill(Requirement.HasSkill leaf) { return null; }
      @Override public Void experience(Requirement.HasExperience leaf) { return null; }
      @Override public Void anyOf(List<Void> parts) { groups[0]++; return null; }
      @Override public Void atLeast(int k, List<Void> parts) { groups[1]++; return null; }
      @Override public Void allOf(List<Void> parts) { return null; }
    });
  }
}
