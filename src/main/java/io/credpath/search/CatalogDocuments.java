package io.credpath.search;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Credential;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.Occupation;
import io.credpath.catalog.Skill;
import io.credpath.catalog.SkillLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;

/** Maps catalogue records to Lucene documents and owns every field name; each field's type is chosen for how it is queried. */
final class CatalogDocuments {
  // Shared by all kinds.
  /** kind|id, unique across kinds: the term {@code updateDocument} replaces on re-index (StringField: exact, never scored). */
  static final String KEY = "key";
  /** credential / occupation / skill (StringField: a filter, never scored). */
  static final String KIND = "kind";
  /** The record id (StringField: exact catalogue-scope filter). */
  static final String ID = "id";
  /**
   * The record's place in id order, {@link CatalogRecords} (NumericDocValues: a hit is looked up in the catalogue
   * by it, and it breaks score ties in id order). Nothing is stored: results are read from the catalogue.
   */
  static final String ORDER = "order";
  /** Title or name (TextField: scored full text). */
  static final String NAME = "name";
  /** Alternate titles or aliases (TextField: scored, below the name). */
  static final String ALT = "alt";
  /** The shown label's length (NumericDocValues: shorter labels win suggest ties). */
  static final String LABEL_LENGTH = "label_length";
  /**
   * 1 for a skill that no credential teaches and no occupation requires (ESCO vocabulary kept for matching what
   * people type, such as "nurse trees"), else 0 (NumericDocValues: such skills come last among equal suggestions).
   */
  static final String UNREFERENCED = "unreferenced";
  /**
   * Name, each alternate and, for a credential title ending in "(PMP)", the title without it and "pmp", each as
   * its stemmed words joined by spaces (StringField: a query that is exactly one of these is an exact-title hit).
   */
  static final String EXACT = "exact";
  /** Whole words of the name (TextField, no stemming: an exact typed word outranks a prefix). */
  static final String SUGGEST_WORD = "suggest_word";
  /** Edge n-grams of the name's words (TextField: prefix and fuzzy-prefix lookup as single term queries). */
  static final String SUGGEST_EDGE = "suggest_edge";
  /** The same two for alternate titles and aliases, scored below the name so a label's own words win. */
  static final String SUGGEST_ALT_WORD = "suggest_alt_word";
  static final String SUGGEST_ALT_EDGE = "suggest_alt_edge";
  /**
   * The name from each word on, lower-cased and folded ("help desk analyst", "desk analyst", "analyst"; StringField:
   * a prefix query finds labels where the typed words stand together, "help d" finding "Help Desk Analyst").
   */
  static final String SUGGEST_PHRASE = "suggest_phrase";
  static final String SUGGEST_ALT_PHRASE = "suggest_alt_phrase";
  /** Suffixes longer than this are cut: nobody types more into an autocomplete box before picking. */
  static final int PHRASE_CHARS = 60;

  // Credentials only.
  /** Free-text description (TextField, not stored: scored with the lowest boost, never shown). */
  static final String DESCRIPTION = "description";
  /** The type as words (TextField: "google certificate" and "aws certification" find by kind of credential). */
  static final String TYPE_TEXT = "type_text";
  /** Provider as words (TextField: "google" finds Google Career Certificates). */
  static final String PROVIDER_TEXT = "provider_text";
  /**
   * Provider as {@link CatalogScope#providerKey} spells it, trimmed and lower-cased (StringField: the provider filter
   * and the catalogue scope, so both match a provider however its name is cased, as {@link CatalogScope#allows} does).
   */
  static final String PROVIDER = "provider";
  /** Names and aliases of the skills taught (TextField: scored full text). */
  static final String SKILL_TEXT = "skill_text";
  /**
   * Every searchable credential text in one field, same analysis (TextField, not stored, never scored): title,
   * provider, skill names and aliases, type words and description, so "every word somewhere" is one term per word.
   */
  static final String ALL = "all";
  /** Ids of the skills taught (StringField, multi-valued: the skill filter). */
  static final String SKILL_ID = "skill_id";
  /** Wire names (StringField: filters); facets go through the facet field below. */
  static final String TYPE = "type";
  static final String DELIVERY = "delivery";
  static final String LEVEL = "level";
  static final String LANGUAGE = "language";
  /** Total cost and hours (DoublePoint: range filters; DoubleDocValues: sort and range facets). */
  static final String COST = "cost";
  static final String HOURS = "hours";
  /** Rating (DoubleDocValues: sort); absent when unrated, sorted last. */
  static final String RATING = "rating";
  /** Present only on retired credentials (StringField: excluded by a MUST_NOT clause). */
  static final String RETIRED = "retired";

  static final String CREDENTIAL = "credential";
  static final String OCCUPATION = "occupation";
  static final String SKILL = "skill";

  /** Facet dimensions are single-valued, held in SortedSetDocValues (no taxonomy index to keep in step). */
  static final FacetsConfig FACETS = new FacetsConfig();
  /** The suggest words chain, shared by every document (an analyzer keeps its token streams per thread). */
  private static final Analyzer WORDS = CatalogAnalyzers.words();
  /**
   * A trailing parenthesised acronym or exam code in a credential title, "Certified Kubernetes Administrator (CKA)",
   * "(AZ-900)": three or more capitals, digits and dashes, so language variants like "(DE)" or "(Deutsch)" are not codes.
   */
  private static final Pattern TRAILING_CODE = Pattern.compile("^(.*\\S)\\s*\\(([A-Z0-9][A-Z0-9+\\-]{2,})\\)\\s*$");

  private CatalogDocuments() {}

  /** The update term for a record of {@code kind}. */
  static Term key(String kind, String id) {
    return new Term(KEY, kind + "|" + id);
  }

  /**
   * Every document for {@code catalog}, whose {@code records} give each its {@link #ORDER}, with exact keys made by
   * {@code text}, the full-text chain: skills, occupations, then credentials, each ready for {@code updateDocument}.
   */
  static List<Document> all(Catalog catalog, CatalogRecords records, Analyzer text) {
    List<Document> docs = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    catalog.credentials().forEach(c -> c.skills().forEach(sl -> referenced.add(sl.skill())));
    catalog.occupations().forEach(o -> o.requirements().forEach(r -> referenced.add(r.skill())));
    catalog.skills().forEach(s -> docs.add(skill(s, records.order(Completion.Kind.SKILL, s.id()), referenced.contains(s.id()), text)));
    catalog.occupations().forEach(o -> docs.add(occupation(o, records.order(Completion.Kind.OCCUPATION, o.id()), text)));
    catalog.credentials().forEach(c -> docs.add(credential(c, records.order(Completion.Kind.CREDENTIAL, c.id()), catalog, text)));
    return docs;
  }

  static Document skill(Skill s, int order, boolean referenced, Analyzer text) {
    Document d = common(SKILL, s.id(), order, s.name(), s.aliases(), text);
    d.add(new NumericDocValuesField(UNREFERENCED, referenced ? 0 : 1));
    return d;
  }

  static Document occupation(Occupation o, int order, Analyzer text) {
    return common(OCCUPATION, o.id(), order, o.title(), o.alternateTitles(), text);
  }

  static Document credential(Credential c, int order, Catalog catalog, Analyzer text) {
    Document d = common(CREDENTIAL, c.id(), order, c.title(), List.of(), text);
    Matcher code = TRAILING_CODE.matcher(c.title());
    if (code.matches()) {
      exact(d, text, code.group(1));
      exact(d, text, code.group(2));
    }
    text(d, TYPE_TEXT, typeWords(c.type()));
    text(d, DESCRIPTION, c.description());
    text(d, PROVIDER_TEXT, c.provider());
    d.add(new TextField(ALL, c.title(), Store.NO));
    d.add(new StringField(PROVIDER, CatalogScope.providerKey(c.provider()), Store.NO));
    for (io.credpath.catalog.TaughtSkill sl : c.skills()) {
      d.add(new StringField(SKILL_ID, sl.skill(), Store.NO));
      catalog.findSkill(sl.skill()).ifPresent(s -> {
        text(d, SKILL_TEXT, s.name());
        s.aliases().forEach(a -> text(d, SKILL_TEXT, a));
      });
    }
    c.unmappedSkills().forEach(u -> text(d, SKILL_TEXT, u));
    keyword(d, TYPE, c.type().wireName());
    keyword(d, DELIVERY, c.delivery().wireName());
    keyword(d, LEVEL, Integer.toString(c.level()));
    d.add(new StringField(LANGUAGE, lower(c.language()), Store.NO));
    number(d, COST, c.cost().total());
    number(d, HOURS, c.hours());
    if (c.rating().isPresent()) d.add(new DoubleDocValuesField(RATING, c.rating().getAsDouble()));
    if (c.retired()) d.add(new StringField(RETIRED, "true", Store.NO));
    if (!c.provider().isBlank()) d.add(new SortedSetDocValuesFacetField(PROVIDER, c.provider()));
    d.add(new SortedSetDocValuesFacetField(TYPE, c.type().wireName()));
    d.add(new SortedSetDocValuesFacetField(DELIVERY, c.delivery().wireName()));
    d.add(new SortedSetDocValuesFacetField(LEVEL, Integer.toString(c.level())));
    return build(d);
  }

  private static Document common(String kind, String id, int order, String name, List<String> alternates, Analyzer text) {
    Document d = new Document();
    d.add(new StringField(KEY, key(kind, id).text(), Store.NO));
    d.add(new StringField(KIND, kind, Store.NO));
    d.add(new StringField(ID, id, Store.NO));
    d.add(new NumericDocValuesField(ORDER, order));
    d.add(new TextField(NAME, name, Store.NO));
    d.add(new NumericDocValuesField(LABEL_LENGTH, name.length()));
    d.add(new TextField(SUGGEST_WORD, name, Store.NO));
    d.add(new TextField(SUGGEST_EDGE, name, Store.NO));
    exact(d, text, name);
    Set<String> phrases = new HashSet<>();
    for (String p : phraseStarts(name)) {
      if (phrases.add(p)) d.add(new StringField(SUGGEST_PHRASE, p, Store.NO));
    }
    Set<String> altPhrases = new HashSet<>();
    for (String alt : alternates) {
      d.add(new TextField(ALT, alt, Store.NO));
      d.add(new TextField(SUGGEST_ALT_WORD, alt, Store.NO));
      d.add(new TextField(SUGGEST_ALT_EDGE, alt, Store.NO));
      exact(d, text, alt);
      for (String p : phraseStarts(alt)) {
        if (!phrases.contains(p) && altPhrases.add(p)) d.add(new StringField(SUGGEST_ALT_PHRASE, p, Store.NO));
      }
    }
    return d;
  }

  /** {@code label}'s words from each word to the end, each cut at {@value #PHRASE_CHARS} characters. */
  static List<String> phraseStarts(String label) {
    List<String> w = CatalogAnalyzers.terms(WORDS, label);
    List<String> out = new ArrayList<>(w.size());
    for (int i = 0; i < w.size(); i++) {
      String p = String.join(" ", w.subList(i, w.size()));
      out.add(p.length() > PHRASE_CHARS ? p.substring(0, PHRASE_CHARS) : p);
    }
    return out;
  }

  /** What the type is called in words; professional certificates are also what Google calls career certificates. */
  static String typeWords(CredentialType type) {
    String words = type.wireName().replace('-', ' ');
    return type == CredentialType.PROFESSIONAL_CERTIFICATE ? words + " career certificate" : words;
  }

  private static void exact(Document d, Analyzer text, String label) {
    String key = CatalogAnalyzers.exactKey(text, label);
    if (!key.isEmpty()) d.add(new StringField(EXACT, key, Store.NO));
  }

  /** {@code value} in {@code field} and in the catch-all {@link #ALL}. */
  private static void text(Document d, String field, String value) {
    d.add(new TextField(field, value, Store.NO));
    d.add(new TextField(ALL, value, Store.NO));
  }

  private static void keyword(Document d, String field, String value) {
    d.add(new StringField(field, value, Store.NO));
  }

  private static void number(Document d, String field, double value) {
    d.add(new DoublePoint(field, value));
    d.add(new DoubleDocValuesField(field, value));
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
