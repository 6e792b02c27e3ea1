package io.credpath.search;

/** An occupation or skill found by name: its id, canonical label and relevance score. */
public record TaxonomyHit(String id, String label, float score) {}
