package io.credpath.rules;

import io.credpath.catalog.Problem;
import io.credpath.planner.NeedPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The compiled rules of a {@code rules/} directory on disk: the base rules ({@code *.drl} in the directory) and, for
 * each tenant with an overlay in {@code tenants/<tenant>/*.drl}, a separate KieBase of base plus overlay. All are
 * compiled at load so a broken overlay fails start-up, not a request. {@link #reload(Consumer)} swaps in a fresh
 * compilation atomically once it compiles and passes a trial, or keeps the previous rules serving and records the error.
 */
public final class RuleBase implements AutoCloseable {
  private static final Path TENANTS = Path.of("tenants");
  private final Path dir;
  private final Clock clock;
  private final AtomicReference<State> state = new AtomicReference<>();

  private record Loaded(DrlCompilation.Compiled base, Map<String, DrlCompilation.Compiled> tenants, NeedPolicy gapPolicy, Instant at,
      String version) {}

  private record State(Loaded loaded, Instant lastReloadAt, Optional<String> lastReloadError) {}

  /** Compiles the rules in {@code dir}, throwing {@link RuleCompilationException} with file and line when any do not compile. */
  public RuleBase(Path dir, Clock clock) {
    this.dir = dir;
    this.clock = clock;
    Loaded first = load(dir, clock.instant());
    state.set(new State(first, first.at(), Optional.empty()));
  }

  /** Freshly compiled rules on trial, before they go live. */
  private RuleBase(Path dir, Clock clock, State candidate) {
    this.dir = dir;
    this.clock = clock;
    state.set(candidate);
  }

  /** Every problem that would stop {@code dir} loading (base rules, then each tenant overlay); empty when it compiles. */
  public static List<Problem> validate(Path dir) {
    try {
      dispose(load(dir, Instant.EPOCH));
      return List.of();
    } catch (RuleCompilationException e) {
      return e.problems();
    }
  }

  /**
   * Recompiles from disk and starts serving the new rules; when they do not compile the previous rules keep
   * serving, the error is recorded in {@link #status()}, and the {@link RuleCompilationException} is rethrown.
   */
  public RuleStatus reload() {
    return reload(candidate -> { });
  }

  /**
   * Like {@link #reload()}, but the new rules go live only after {@code trial} accepts them: it gets them as a
   * RuleBase of their own (not to be closed) and throws, typically a {@link RuleTrialException}, to reject them, in
   * which case the previous rules keep serving and the error is recorded and rethrown.
   */
  public synchronized RuleStatus reload(Consumer<RuleBase> trial) {
    Instant now = clock.instant();
    State before = state.get();
    Loaded fresh;
    try {
      fresh = load(dir, now);
    } catch (RuleCompilationException | UncheckedIOException e) {
      state.set(new State(before.loaded(), now, Optional.of(e.getMessage())));
      throw e;
    }
    try {
      trial.accept(new RuleBase(dir, clock, new State(fresh, now, Optional.empty())));
    } catch (RuntimeException e) {
      dispose(fresh);
      state.set(new State(before.loaded(), now, Optional.of(e.getMessage())));
      throw e;
    }
    state.set(new State(fresh, now, Optional.empty()));
    return status();
  }

  /** The files and rule count being served, and how the last reload went. */
  public RuleStatus status() {
    State s = state.get();
    Loaded l = s.loaded();
    return new RuleStatus(l.base().files(), l.base().ruleCount(), List.copyOf(l.tenants().keySet()), l.at(),
        s.lastReloadAt(), s.lastReloadError(), l.version());
  }

  /** The gap policy being served ({@value GapPolicyFile#NAME}), read with the rules and reloaded with them. */
  public NeedPolicy gapPolicy() {
    return state.get().loaded().gapPolicy();
  }

  /** The compiled rules for {@code tenant}: its overlay's when it has one, otherwise the base rules. */
  DrlCompilation.Compiled compiledFor(Optional<String> tenant) {
    Loaded l = state.get().loaded();
    return tenant.map(l.tenants()::get).orElse(l.base());
  }

  @Override
  public void close() {
    dispose(state.get().loaded());
  }

  private static void dispose(Loaded l) {
    l.tenants().values().forEach(DrlCompilation.Compiled::dispose);
    l.base().dispose();
  }

  private static Loaded load(Path dir, Instant at) {
    if (!Files.isDirectory(dir)) {
      throw new RuleCompilationException(List.of(new Problem(dir.toString(), 0, "", "", "rules directory not found")));
    }
    List<Path> baseFiles = DrlCompilation.drlFilesIn(dir, Path.of(""));
    if (baseFiles.isEmpty()) {
      throw new RuleCompilationException(List.of(new Problem(dir.toString(), 0, "", "", "no *.drl files in the rules directory")));
    }
    List<Problem> problems = new ArrayList<>();
    NeedPolicy gapPolicy = null;
    try {
      gapPolicy = GapPolicyFile.read(dir);
    } catch (RuleCompilationException e) {
      problems.addAll(e.problems());
    }
    DrlCompilation.Compiled base;
    try {
      base = new DrlCompilation(dir, baseFiles).compile();
    } catch (RuleCompilationException e) {
      problems.addAll(e.problems());
      throw new RuleCompilationException(problems);
    }
    Map<String, DrlCompilation.Compiled> tenants = new LinkedHashMap<>();
    for (String tenant : tenantNames(dir)) {
      List<Path> files = new ArrayList<>(baseFiles);
      files.addAll(DrlCompilation.drlFilesIn(dir, TENANTS.resolve(tenant)));
      try {
        tenants.put(tenant, new DrlCompilation(dir, files).compile());
      } catch (RuleCompilationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      tenants.values().forEach(DrlCompilation.Compiled::dispose);
      base.dispose();
      throw new RuleCompilationException(problems);
    }
    return new Loaded(base, Collections.unmodifiableMap(tenants), gapPolicy, at, version(dir, tenants.keySet()));
  }

  /**
   * The SHA-256 (lower-case hex) of the rules as compiled: each base DRL file, each tenant overlay's, and the gap policy,
   * by relative name and content.
   */
  private static String version(Path dir, java.util.Set<String> tenants) {
    List<Path> files = new ArrayList<>(DrlCompilation.drlFilesIn(dir, Path.of("")));
    for (String tenant : tenants) files.addAll(DrlCompilation.drlFilesIn(dir, TENANTS.resolve(tenant)));
    files.add(Path.of(GapPolicyFile.NAME));
    try {
      java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        digest.update(f.toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update((byte) 0);
        if (Files.isRegularFile(dir.resolve(f))) digest.update(Files.readAllBytes(dir.resolve(f)));
        digest.update((byte) 0);
      }
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rules in " + dir, e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static List<String> tenantNames(Path dir) {
    Path root = dir.resolve(TENANTS);
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory)
          .filter(p -> !DrlCompilation.drlFilesIn(dir, TENANTS.resolve(p.getFileName())).isEmpty())
          .map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }
}
