/**
 * The facts the DRL files in {@code rules/} see: input facts built in Java from a request, candidate or
 * pathway ({@link io.credpath.rules.facts.Learner}, {@link io.credpath.rules.facts.Wishes}, {@link
 * io.credpath.rules.facts.Candidate}, {@link io.credpath.rules.facts.Draft}, ...), and the {@link
 * io.credpath.rules.facts.Derived} facts rules insert, each carrying its rule name and a plain-language reason.
 * Records, because drools-mvel reads record accessors as properties ({@code Candidate(cost > 100)}).
 */
package io.credpath.rules.facts;
