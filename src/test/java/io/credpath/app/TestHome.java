package io.credpath.app;

import io.credpath.catalog.TaxonomyFiles;
import io.credpath.rules.GapPolicyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service home for tests that start a real server: the small test taxonomy, and rules that only load (the shipped
 * rules are tried in ServeTest) beside the shipped gap policy.
 */
final class TestHome {
  private TestHome() {}

  /** Writes the test taxonomy and {@link #rules} under {@code home}. */
  static void write(Path home) throws IOException {
    new TaxonomyFiles().writeTo(Files.createDirectories(home.resolve("taxonomy")));
    rules(home);
  }

  /** Writes {@code home/rules}: an empty rule base and the shipped gap policy; returns the directory. */
  static Path rules(Path home) throws IOException {
    Path rules = Files.createDirectories(home.resolve("rules"));
    Files.writeString(rules.resolve("base.drl"), "package credpath\n");
    Files.copy(Path.of("rules", GapPolicyFile.NAME), rules.resolve(GapPolicyFile.NAME));
    return rules;
  }
}
