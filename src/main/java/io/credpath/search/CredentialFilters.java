package io.credpath.search;

import static io.credpath.search.CatalogDocuments.lower;

import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** The non-scoring part of a credential search: kind, filters, retirement and tenant scope as FILTER clauses. */
final class CredentialFilters {
  private CredentialFilters() {}

  /** {@code scored} restricted by every filter of {@code q}. */
  static Query apply(Query scored, CredentialQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(scored, Occur.MUST)
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.CREDENTIAL)), Occur.FILTER);
    anyOf(b, CatalogDocuments.TYPE, q.types().stream().map(CredentialType::wireName).toList());
    anyOf(b, CatalogDocuments.PROVIDER, q.providers().stream().map(CatalogDocuments::lower).toList());
    anyOf(b, CatalogDocuments.DELIVERY, q.deliveries().stream().map(Delivery::wireName).toList());
    anyOf(b, CatalogDocuments.LEVEL, q.levels().stream().map(String::valueOf).toList());
    anyOf(b, CatalogDocuments.SKILL_ID, q.skills());
    q.language().ifPresent(l -> b.add(new TermQuery(new Term(CatalogDocuments.LANGUAGE, lower(l))), Occur.FILTER));
    if (q.maxCost().isPresent()) {
      b.add(DoublePoint.newRangeQuery(CatalogDocuments.COST, 0, q.maxCost().getAsDouble()), Occur.FILTER);
    }
    if (q.maxHours().isPresent()) {
      b.add(DoublePoint.newRangeQuery(CatalogDocuments.HOURS, 0, q.maxHours().getAsDouble()), Occur.FILTER);
    }
    if (!q.includeRetired()) b.add(new TermQuery(new Term(CatalogDocuments.RETIRED, "true")), Occur.MUST_NOT);
    q.tenant().ifPresent(t -> b.add(scope(t), Occur.FILTER));
    return b.build();
  }

  /** A filter that keeps only what {@code tenant} may see. */
  static Query scope(TenantScope tenant) {
    if (tenant.credentialIds().isEmpty() && tenant.providers().isEmpty()) return new MatchNoDocsQuery("empty tenant scope");
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!tenant.credentialIds().isEmpty()) b.add(terms(CatalogDocuments.ID, tenant.credentialIds()), Occur.SHOULD);
    if (!tenant.providers().isEmpty()) b.add(terms(CatalogDocuments.PROVIDER, tenant.providers()), Occur.SHOULD);
    return b.build();
  }

  private static void anyOf(BooleanQuery.Builder b, String field, Collection<String> values) {
    if (!values.isEmpty()) b.add(terms(field, values), Occur.FILTER);
  }

  private static Query terms(String field, Collection<String> values) {
    List<BytesRef> bytes = values.stream().map(BytesRef::new).collect(Collectors.toList());
    return new TermInSetQuery(field, bytes);
  }
}
