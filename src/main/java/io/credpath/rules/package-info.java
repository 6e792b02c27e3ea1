/**
 * The rule engine: loads the DRL files in {@code rules/} from disk (plus per-tenant overlays), validates and
 * hot-reloads them ({@link io.credpath.rules.RuleBase}), and runs them for the planner ({@link
 * io.credpath.rules.DroolsPathwayRules}). The only package that imports Drools.
 */
package io.credpath.rules;
