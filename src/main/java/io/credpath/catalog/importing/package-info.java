/**
 * Builds {@code taxonomy/*.jsonl} from the raw public sources (O*NET, ESCO, Nesta crosswalk,
 * Coursera and Udemy scrapes, the security certification roadmap) plus the hand-curated
 * certifications and stacks; {@link io.credpath.catalog.importing.TaxonomyImport} is the entry point. Its own
 * prices, paces, thresholds and word lists are hand-written data too, read from {@code taxonomy/curated/}
 * ({@link io.credpath.catalog.importing.ImportSettings} and the tables beside it), never Java constants.
 */
package io.credpath.catalog.importing;
