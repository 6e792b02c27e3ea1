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
  static final RuleBase RULES = new RuleBase(Path.of("rules"), Clock.systemUTC());
  static final DroolsPathwayRules ENGINE = new DroolsPathwayRules(RULES, CATALOG);

  private RealRules() {}

  /** The first pass for a request over {@code candidates}, the target resolved and its field credentials found as the planner does. */
  static io.credpath.planner.PathwayRules.Assessment assess(DroolsPathwayRules engine, io.credpath.planner.PlanRequest r,
      java.util.List<io.credpath.catalog.Credential> candidates) {
    io.credpath.catalog.Occupation target = new io.credpath.planner.TargetResolver(CATALOG).resolve(r.target());
    io.credpath.planner.ItemCredit credit = new io.credpath.planner.ItemCredit(target);
    java.util.Set<String> ofField = new java.util.HashSet<>();
    for (io.credpath.catalog.Credential c : candidates) if (credit.ofField(c)) ofField.add(c.id());
    return engine.assess(r, target, candidates, ofField);
  }
}
