package io.credpath.catalog;

/** A catalogue and how long loading and validating it took. */
public record LoadedTaxonomy(Catalog catalog, long loadMillis) {}
