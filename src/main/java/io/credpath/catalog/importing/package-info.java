/**
 * Builds {@code taxonomy/*.jsonl} from the raw public sources (O*NET, ESCO, Nesta crosswalk,
 * Coursera and Udemy scrapes, the security certification roadmap) plus the hand-curated
 * certifications and stacks; {@link io.credpath.catalog.importing.TaxonomyImport} is the entry point.
 */
package io.credpath.catalog.importing;
