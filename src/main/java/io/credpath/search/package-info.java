/**
 * Lucene search over the catalogue: credential full text with filters, facets and sorts ({@link
 * io.credpath.search.CredentialSearch}), occupation and skill lookup with taxonomy synonyms ({@link
 * io.credpath.search.TaxonomySearch}), typo-tolerant autocomplete ({@link io.credpath.search.Autocomplete}) and
 * free text → skill ids ({@link io.credpath.search.LuceneSkillMatcher}), all over one {@link
 * io.credpath.search.CatalogIndex}. The only package that imports Lucene. User text never reaches a query
 * parser: it is bounded ({@code UserText}) and analyzed into programmatically built queries ({@code QueryText}).
 *
 * <p>MEASUREMENTS_PLACEHOLDER
 */
package io.credpath.search;
