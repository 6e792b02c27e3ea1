/**
 * Lucene search over the catalogue: credential full text with filters, facets and sorts ({@link
 * io.credpath.search.CredentialSearch}), occupation and skill lookup with taxonomy synonyms ({@link
 * io.credpath.search.TaxonomySearch}), typo-tolerant autocomplete ({@link io.credpath.search.Autocomplete}) and
 * free text → skill ids ({@link io.credpath.search.LuceneSkillMatcher}), all over one {@link
 * io.credpath.search.CatalogIndex}. The only package that imports Lucene. User text never reaches a query
 * parser: it is bounded ({@code UserText}) and analyzed into programmatically built queries ({@code QueryText}).
 * The word lists analysis uses (abbreviations, stop words, filler words) are taxonomy data, {@code taxonomy/search-*.jsonl},
 * and come with the catalogue ({@link io.credpath.catalog.Catalog#searchWords()}); each index generation builds its
 * analyzers from them.
 *
 * <p><b>In memory or on disk</b>: {@code Optional.empty()} (in memory) for tests; the server passes a directory under
 * {@code data/} (unless {@code --on-disk-index false}), so a restart reopens the index in a fraction of the build time
 * and rebuilds only when the taxonomy changed (the fingerprint, a SHA-256 over every indexed value, the stop words and a schema version, is kept in
 * the commit user data). The measurements behind that choice are in {@code bench/README.md}.
 *
 * <p><b>Autocomplete</b> is an edge n-gram field with exact-word, prefix and fuzzy-prefix term queries rather than
 * {@code FuzzySuggester}, because the FST suggesters match from the start of a label only, and "analist" must find
 * "Business Intelligence Analysts". Long words get two edits only when one edit leaves the list short: building the
 * two-edit Levenshtein automaton is what made the suggest tail (see {@code bench/README.md}).
 */
package io.credpath.search;
