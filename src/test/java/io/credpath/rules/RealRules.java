package io.credpath.rules;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The shipped {@code rules/} compiled once for every rule test class that only reads them (compiling DRL
 * takes seconds); tests that reload or break rules build their own {@link RuleBase}.
 */
final class RealRules {
  static final Catalog CATALOG = Fixtures.smallCatalog();
  private static final RuleBase RULES = new RuleBase(Path.of("rules"), Clock.systemUTC());
  static final DroolsPathwayRules ENGINE = new DroolsPathwayRules(RULES, CATALOG);

  private RealRules() {}
}
