/**
 * Builds {@code taxonomy/*.jsonl} from the raw public sources (O*NET, ESCO, Nesta crosswalk, Coursera and Udemy
 * scrapes, the security certification roadmap) plus the hand-curated certifications and stacks;
 * {@link io.credpath.importing.TaxonomyImport} is the entry point. Its own prices, paces, thresholds and word lists are
 * hand-written data too, read from {@code taxonomy/curated/} ({@link io.credpath.importing.ImportSettings} and the
 * tables beside it), never Java constants.
 *
 * <p>A package of its own, not part of {@code catalog}: it writes the files {@code catalog} loads, as plain JSON, and
 * uses none of credpath's other packages; only the {@code credpath import} command ({@code app.ImportCommand}) uses it,
 * and nothing the server runs does ({@code ArchitectureTest}). It stays in the one jar rather than a Maven module of
 * its own because {@code credpath import} is a command of the same CLI, which validates what the import wrote with the
 * catalogue's own loader, and DESIGN.md plans imports as background jobs of the server; a second artifact would save
 * about 2 % of the jar (the importer and Tika's language profiles) and cost a second build and install the README must
 * explain. Should that change, this package moves out whole.
 */
package io.credpath.importing;
