package io.credpath.search;

import static io.credpath.search.CatalogDocuments.lower;

import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Delivery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** The non-scoring part of a credential search: kind, filters, retirement and catalogue scope as FILTER clauses. */
final class CredentialFilters {
  private CredentialFilters() {}

  /** {@code scored} restricted by every filter of {@code q}. */
  static Query apply(Query scored, CredentialQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(scored, Occur.MUST)
        .add(new TermQuery(new Term(CatalogDocuments.KIND, CatalogDocuments.CREDENTIAL)), Occur.FILTER);
    anyOf(b, CatalogDocuments.TYPE, q.types().stream().map(CredentialType::wireName).toList());
    anyOf(b, CatalogDocuments.PROVIDER, q.providers().stream().map(CatalogScope::providerKey).toList());
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
    scope(q.scope()).ifPresent(s -> b.add(s, Occur.FILTER));
    return b.build();
  }

  /**
   * A filter that keeps what {@code scope} allows ({@link CatalogScope#allows}, in Lucene terms: its providers are
   * already in the indexed {@link CatalogDocuments#PROVIDER} spelling); none when it sees the whole catalogue.
   */
  static Optional<Query> scope(CatalogScope scope) {
    if (scope.isEverything()) return Optional.empty();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (!scope.credentials().isEmpty()) b.add(terms(CatalogDocuments.ID, scope.credentials()), Occur.SHOULD);
    if (!scope.providers().isEmpty()) b.add(terms(CatalogDocuments.PROVIDER, scope.providers()), Occur.SHOULD);
    return Optional.of(b.build());
  }

  private static void anyOf(BooleanQuery.Builder b, String field, Collection<String> values) {
    if (!values.isEmpty()) b.add(terms(field, values), Occur.FILTER);
  }

  private static Query terms(String field, Collection<String> values) {
    List<BytesRef> bytes = values.stream().map(BytesRef::new).collect(Collectors.toList());
    return new TermInSetQuery(field, bytes);
  }
}
