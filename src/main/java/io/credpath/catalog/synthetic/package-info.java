/**
 * A seeded synthetic catalogue ({@code credpath generate}): the shipped taxonomy grown to any number of credentials,
 * the new ones shaped after the shipped ones (per provider, type, skills, prices, prerequisites, stacks), for the
 * catalogue-size benchmarks; written in the taxonomy's own format, so the ordinary loader validates it.
 */
package io.credpath.catalog.synthetic;
