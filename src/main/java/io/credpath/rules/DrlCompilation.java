package io.credpath.rules;

import io.credpath.catalog.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;

/** Compiles a list of DRL files under a rules directory into one KieBase, or reports every error with file and line. */
final class DrlCompilation {
  private static final String RESOURCES = "src/main/resources/";
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);
  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
  /** Sessions kept ready per compiled rule base (the pool grows when more threads plan at once). */
  private static final int SESSIONS = 4;
  private final Path dir;
  private final List<Path> files;

  /** {@code files} are relative to {@code dir}. */
  DrlCompilation(Path dir, List<Path> files) {
    this.dir = dir;
    this.files = List.copyOf(files);
  }

  /**
   * A compiled rule set: the container that owns the KieBase, the files it came from, its rule count, and where each
   * rule is declared ({@code rules/advice.drl:12}) by package and name ({@code credpath/WarnOverBudgetPathway}).
   */
  record Compiled(KieContainer container, KieBase base, KieContainerSessionsPool sessions, List<String> files, int ruleCount,
      Map<String, String> locations) {
    /** Frees the container and its pooled sessions. */
    void dispose() {
      sessions.shutdown();
      container.dispose();
    }

    /** Where the rule {@code name} of {@code packageName} is declared, or an empty string. */
    String locationOf(String packageName, String name) {
      return locations.getOrDefault(packageName + "/" + name, "");
    }
  }

  /** The {@code *.drl} files directly in {@code dir}, relative to it, sorted. */
  static List<Path> drlFilesIn(Path dir, Path sub) {
    Path folder = dir.resolve(sub);
    if (!Files.isDirectory(folder)) return List.of();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".drl"))
          .map(dir::relativize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** How a file is named in messages: the rules directory's name, then the path inside it. */
  String displayName(String relative) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return (name == null ? "" : name + "/") + relative.replace('\\', '/');
  }

  /** Compiles the files, throwing {@link RuleCompilationException} with every error when any does not compile. */
  Compiled compile() {
    KieServices ks = KieServices.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    ReleaseId id = ks.newReleaseId("io.credpath", "rules-" + UUID.randomUUID(), "1.0.0");
    kfs.generateAndWritePomXML(id);
    List<Problem> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> shownAs = new HashMap<>();
    Map<String, String> locations = new HashMap<>();
    for (Path rel : files) {
      String relative = rel.toString().replace('\\', '/');
      names.add(displayName(relative));
      try {
        String drl = Files.readString(dir.resolve(rel));
        // Filed under its package's folder (Drools warns on every load otherwise); errors map back to the real path.
        String inModule = packageFolder(drl) + relative.replace('/', '_');
        shownAs.put(inModule, displayName(relative));
        locate(drl, displayName(relative), locations);
        kfs.write(RESOURCES + inModule, drl);
      } catch (IOException e) {
        problems.add(new Problem(displayName(relative), 0, "", "", "cannot read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) throw new RuleCompilationException(problems);
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String file = m.getPath() == null ? displayName("") : shownAs.getOrDefault(m.getPath(), displayName(m.getPath()));
      problems.add(new Problem(file, m.getLine(), "", "", m.getText().strip()));
    }
    if (!problems.isEmpty()) {
      ks.getRepository().removeKieModule(id);
      throw new RuleCompilationException(problems);
    }
    KieContainer container = ks.newKieContainer(id);
    KieBase base = container.getKieBase();
    ks.getRepository().removeKieModule(id);
    int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    // Sessions are pooled: a planning request runs two, and building a session's node memories anew each time was a
    // fifth of a transitions request's planning.
    return new Compiled(container, base, container.newKieSessionsPool(SESSIONS), names, rules, Map.copyOf(locations));
  }

  /** Records the line of each {@code rule "Name"} in {@code drl}, for messages about rules that fail at run time. */
  private static void locate(String drl, String file, Map<String, String> locations) {
    Matcher pkg = PACKAGE.matcher(drl);
    String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
    String[] lines = drl.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = RULE.matcher(lines[i]);
      if (!m.find()) continue;
      String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      locations.put(packageName + "/" + name, file + ":" + (i + 1));
    }
  }

  private static String packageFolder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }
}
