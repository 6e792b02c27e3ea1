package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.Credential;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Maps catalogue records to Lucene documents and owns every field name; each field's type is chosen for how it is queried. */
final class CatalogDocuments {
  // Shared by all kinds.
  /** kind|id, unique across kinds: the term {@code updateDocument} replaces on re-index (StringField: exact, never scored). */
  static final String KEY = "key";
  /** credential / occupation / skill (StringField: a filter, never scored). */
  static final String KIND = "kind";
  /** The record id (StringField + stored: exact tenant filter and returned; SortedDocValues: stable sort tie-break). */
  static final String ID = "id";
  /** Title or name (TextField, stored: scored full text and shown in results). */
  static final String NAME = "name";
  /** Alternate titles or aliases (TextField: scored, below the name). */
  static final String ALT = "alt";
  /** Shown label and its length (stored; NumericDocValues: shorter labels win suggest ties). */
  static final String LABEL_LENGTH = "label_length";
  /** Whole words of name + alternates (TextField, no stemming: an exact typed word outranks a prefix). */
  static final String SUGGEST_WORD = "suggest_word";
  /** Edge n-grams of the same words (TextField: prefix and fuzzy-prefix lookup as single term queries). */
  static final String SUGGEST_EDGE = "suggest_edge";

  // Credentials only.
  /** Free-text description (TextField, not stored: scored with the lowest boost, never shown). */
  static final String DESCRIPTION = "description";
  /** Provider as words (TextField: "google" finds Google Career Certificates). */
  static final String PROVIDER_TEXT = "provider_text";
  /** Provider lower-cased (StringField: exact filter and tenant restriction); original stored for display. */
  static final String PROVIDER = "provider";
  /** Names and aliases of the skills taught (TextField: scored full text). */
  static final String SKILL_TEXT = "skill_text";
  /** Ids of the skills taught (StringField, multi-valued: the skill filter). */
  static final String SKILL_ID = "skill_id";
  /** Wire names (StringField + stored: filters, display); facets go through the facet field below. */
  static final String TYPE = "type";
  static final String DELIVERY = "delivery";
  static final String LEVEL = "level";
  static final String LANGUAGE = "language";
  /** Total cost and hours (DoublePoint: range filters; DoubleDocValues: sort and range facets; stored: display). */
  static final String COST = "cost";
  static final String HOURS = "hours";
  /** Rating (DoubleDocValues: sort; stored: display); absent when unrated, sorted last. */
  static final String RATING = "rating";
  /** Present only on retired credentials (StringField: excluded by a MUST_NOT clause). */
  static final String RETIRED = "retired";

  static final String CREDENTIAL = "credential";
  static final String OCCUPATION = "occupation";
  static final String SKILL = "skill";

  /** Facet dimensions are single-valued, held in SortedSetDocValues (no taxonomy index to keep in step). */
  static final FacetsConfig FACETS = new FacetsConfig();

  private CatalogDocuments() {}

  /** The update term for a record of {@code kind}. */
  static Term key(String kind, String id) {
    return new Term(KEY, kind + "|" + id);
  }

  /** Every document for {@code catalog}: skills, occupations, then credentials, each ready for {@code updateDocument}. */
  static List<Document> all(Catalog catalog) {
    List<Document> docs = new ArrayList<>();
    catalog.skills().forEach(s -> docs.add(skill(s)));
    catalog.occupations().forEach(o -> docs.add(occupation(o)));
    catalog.credentials().forEach(c -> docs.add(credential(c, catalog)));
    return docs;
  }

  static Document skill(Skill s) {
    Document d = common(SKILL, s.id(), s.name(), s.aliases());
    return d;
  }

  static Document occupation(Occupation o) {
    return common(OCCUPATION, o.id(), o.title(), o.alternateTitles());
  }

  static Document credential(Credential c, Catalog catalog) {
    Document d = common(CREDENTIAL, c.id(), c.title(), List.of());
    d.add(new TextField(DESCRIPTION, c.description(), Store.NO));
    d.add(new TextField(PROVIDER_TEXT, c.provider(), Store.NO));
    d.add(new StringField(PROVIDER, lower(c.provider()), Store.NO));
    d.add(new StoredField(PROVIDER, c.provider()));
    for (SkillLevel sl : c.skills()) {
      d.add(new StringField(SKILL_ID, sl.skill(), Store.NO));
      catalog.findSkill(sl.skill()).ifPresent(s -> {
        d.add(new TextField(SKILL_TEXT, s.name(), Store.NO));
        s.aliases().forEach(a -> d.add(new TextField(SKILL_TEXT, a, Store.NO)));
      });
    }
    c.unmappedSkills().forEach(u -> d.add(new TextField(SKILL_TEXT, u, Store.NO)));
    keyword(d, TYPE, c.type().wireName());
    keyword(d, DELIVERY, c.delivery().wireName());
    keyword(d, LEVEL, Integer.toString(c.level()));
    d.add(new StringField(LANGUAGE, lower(c.language()), Store.NO));
    number(d, COST, c.cost().total());
    number(d, HOURS, c.hours());
    if (c.rating().isPresent()) {
      d.add(new DoubleDocValuesField(RATING, c.rating().getAsDouble()));
      d.add(new StoredField(RATING, c.rating().getAsDouble()));
    }
    if (c.retired()) d.add(new StringField(RETIRED, "true", Store.NO));
    if (!c.provider().isBlank()) d.add(new SortedSetDocValuesFacetField(PROVIDER, c.provider()));
    d.add(new SortedSetDocValuesFacetField(TYPE, c.type().wireName()));
    d.add(new SortedSetDocValuesFacetField(DELIVERY, c.delivery().wireName()));
    d.add(new SortedSetDocValuesFacetField(LEVEL, Integer.toString(c.level())));
    return build(d);
  }

  private static Document common(String kind, String id, String name, List<String> alternates) {
    Document d = new Document();
    d.add(new StringField(KEY, key(kind, id).text(), Store.NO));
    d.add(new StringField(KIND, kind, Store.YES));
    d.add(new StringField(ID, id, Store.YES));
    d.add(new SortedDocValuesField(ID, new BytesRef(id)));
    d.add(new TextField(NAME, name, Store.YES));
    d.add(new NumericDocValuesField(LABEL_LENGTH, name.length()));
    d.add(new TextField(SUGGEST_WORD, name, Store.NO));
    d.add(new TextField(SUGGEST_EDGE, name, Store.NO));
    for (String alt : alternates) {
      d.add(new TextField(ALT, alt, Store.NO));
      d.add(new TextField(SUGGEST_WORD, alt, Store.NO));
      d.add(new TextField(SUGGEST_EDGE, alt, Store.NO));
    }
    return d;
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value, Store.YES));
  }

  private static void number(Document d, String field, double value) {
    d.add(new DoublePoint(field, value));
    d.add(new DoubleDocValuesField(field, value));
    d.add(new StoredField(field, value));
  }

  private static Document build(Document d) {
    try {
      return FACETS.build(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
