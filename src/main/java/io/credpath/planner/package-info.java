/**
 * Pathway planning: skill-gap analysis, candidate selection, the exact optimiser and the week-by-week
 * scheduler. Talks to rules and search only through the small interfaces it owns ({@link
 * io.credpath.planner.PathwayRules}, {@link io.credpath.planner.SkillMatcher}).
 */
package io.credpath.planner;
