package io.credpath.search;

/** One facet value and how many matching credentials have it. */
public record FacetValue(String value, long count) {}
