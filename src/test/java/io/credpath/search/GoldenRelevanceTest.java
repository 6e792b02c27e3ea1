package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.catalog.Catalog;
import io.credpath.catalog.CredentialType;
import io.credpath.catalog.TaxonomyLoader;
import io.credpath.planner.SkillMatcher.SkillMatch;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden relevance queries over the shipped taxonomy: what a career changer types (titles, typos, abbreviations,
 * synonyms, exam codes) and the record that must come back near the top. The index is built once for the class.
 * Expected columns list acceptable ids separated by spaces; any one of them within the top {@code within} passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoldenRelevanceTest {
  private Catalog catalog;
  private CatalogIndex index;
  private TaxonomySearch taxonomy;
  private CredentialSearch credentials;
  private Autocomplete autocomplete;
  private LuceneSkillMatcher matcher;

  @BeforeAll
  void open() {
    catalog = new TaxonomyLoader(Path.of("taxonomy"), io.credpath.graph.PrerequisiteCycles.FINDER).load();
    index = CatalogIndex.open(catalog, Optional.empty());
    taxonomy = new TaxonomySearch(index);
    credentials = new CredentialSearch(index);
    autocomplete = new Autocomplete(index);
    matcher = new LuceneSkillMatcher(index);
  }

  @AfterAll
  void close() {
    index.close();
  }

  @ParameterizedTest(name = "occupation \"{0}\" -> {1} in top {2}")
  @CsvSource(delimiter = '|', textBlock = """
      data analyst                  | 15-2051.01 15-2051.00 | 3
      data analist                  | 15-2051.01 15-2051.00 | 3
      RN                            | 29-1141.00            | 1
      registered nurse              | 29-1141.00            | 1
      regstered nurse               | 29-1141.00            | 1
      nurse                         | 29-1141.00            | 3
      LPN                           | 29-2061.00            | 1
      EMT                           | 29-2042.00            | 1
      CPA                           | 13-2011.00            | 1
      software developer            | 15-1252.00            | 1
      softwre developer             | 15-1252.00            | 1
      software engineer             | 15-1252.00            | 1
      web developer                 | 15-1254.00            | 1
      project manager               | 13-1082.00            | 1
      IT project manager            | 15-1299.09            | 1
      UX designer                   | 15-1255.00            | 1
      cloud engineer                | 15-1299.08            | 3
      cybersecurity analyst         | 15-1212.00            | 1
      cyber security analyst        | 15-1212.00            | 1
      information security analyst  | 15-1212.00            | 1
      instructional designer        | 25-9031.00            | 1
      financial analyst             | 13-2051.00            | 2
      data scientist                | 15-2051.00            | 1
      statistican                   | 15-2041.00            | 1
      help desk                     | 15-1232.00            | 1
      HR manager                    | 11-3121.00            | 1
      QA tester                     | 15-1253.00            | 1
      paralegal                     | 23-2011.00            | 1
      accountant                    | 13-2011.00            | 1
      electrician                   | 47-2111.00            | 1
      """)
  void occupationSearchFindsTheIntendedOccupation(String query, String expected, int within) {
    assertWithin(ids(taxonomy.occupations(query, 10)), expected, within);
  }

  @ParameterizedTest(name = "skill \"{0}\" -> {1} in top {2}")
  @CsvSource(delimiter = '|', textBlock = """
      kubernetes                | skill:kubernetes       | 1
      k8s                       | skill:kubernetes       | 1
      kubernets                 | skill:kubernetes       | 1
      structured query language | skill:sql              | 1
      JS                        | skill:javascript       | 1
      javascript                | skill:javascript       | 1
      excel                     | skill:microsoft-excel  | 1
      ms excel                  | skill:microsoft-excel  | 1
      ML                        | skill:machine-learning | 1
      machine learning          | skill:machine-learning | 1
      power bi                  | skill:power-bi         | 1
      powerbi                   | skill:power-bi         | 1
      pythn                     | skill:python           | 1
      AWS                       | skill:aws              | 1
      amazon web services       | skill:aws              | 1
      cyber security            | skill:cybersecurity    | 1
      infosec                   | skill:cybersecurity    | 1
      tableau                   | skill:tableau          | 1
      linux                     | skill:linux            | 1
      """)
  void skillSearchResolvesNamesAliasesAndAbbreviations(String query, String expected, int within) {
    assertWithin(ids(taxonomy.skills(query, 10)), expected, within);
  }

  @ParameterizedTest(name = "credential \"{0}\" -> {1} in top {2}")
  @CsvSource(delimiter = '|', textBlock = """
      google data analytics                      | coursera:google-data-analytics                       | 1
      google ux design                           | coursera:google-ux-design                            | 1
      google it support                          | coursera:google-it-support                           | 1
      security+                                  | comptia:security-plus                                | 1
      comptia security+                          | comptia:security-plus                                | 1
      comptia security plus                      | comptia:security-plus                                | 1
      sec+                                       | comptia:security-plus                                | 1
      securty+                                   | comptia:security-plus                                | 1
      a+                                         | comptia:a-plus                                       | 1
      comptia a+                                 | comptia:a-plus                                       | 1
      aws solutions architect                    | aws:solutions-architect-associate                    | 3
      aws certified solutions architect associate | aws:solutions-architect-associate                   | 1
      ccna                                       | cisco:ccna                                           | 1
      pmp                                        | pmi:pmp                                              | 1
      project management professional            | pmi:pmp                                              | 1
      cissp                                      | isc2:cissp                                           | 1
      kubernetes administrator                   | linux-foundation:cka                                 | 1
      certified kubernetes administrator         | linux-foundation:cka                                 | 1
      kubernets administrator                    | linux-foundation:cka                                 | 1
      cka                                        | linux-foundation:cka                                 | 1
      azure fundamentals                         | microsoft:az-900                                     | 1
      az-900                                     | microsoft:az-900                                     | 1
      tableau                                    | tableau:desktop-specialist tableau:data-analyst       | 3
      power bi data analyst                      | microsoft:pl-300 coursera:microsoft-power-bi-data-analyst | 2
      python for everybody                       | coursera:python-for-everybody                        | 1
      python for evrybody                        | coursera:python-for-everybody                        | 1
      """)
  void credentialSearchFindsTheNamedCredential(String query, String expected, int within) {
    List<String> ids = credentials.search(CredentialQuery.text(query).page(0, 10).build()).hits().stream()
        .map(CredentialHit::id).toList();
    assertWithin(ids, expected, within);
  }

  @Test
  void googleCertFindsOnlyGoogleCredentials() {
    List<CredentialHit> hits = credentials.search(CredentialQuery.text("google cert").page(0, 5).build()).hits();
    assertThat(hits).hasSize(5).allSatisfy(h -> assertThat(h.provider()).startsWith("Google"));
  }

  @Test
  void googleCareerCertificateFindsGoogleProfessionalCertificates() {
    List<CredentialHit> hits = credentials.search(CredentialQuery.text("google career certificate").page(0, 5).build()).hits();
    assertThat(hits).hasSize(5).allSatisfy(h -> assertThat(h.provider()).startsWith("Google"));
    assertThat(hits).filteredOn(h -> h.type() == CredentialType.PROFESSIONAL_CERTIFICATE).hasSizeGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest(name = "suggest \"{0}\" -> {1} in top {2}")
  @CsvSource(delimiter = '|', textBlock = """
      kubernets       | skill:kubernetes linux-foundation:cka | 3
      kubernatis      | skill:kubernetes                      | 3
      cybersecuirty   | skill:cybersecurity                   | 3
      pythn           | skill:python                          | 3
      linx            | skill:linux                           | 3
      regstered nurse | 29-1141.00                            | 1
      nurs            | 29-1141.00                            | 1
      data anl        | skill:data-analysis                   | 1
      sqk             | skill:sql                             | 1
      security+       | comptia:security-plus                 | 1
      sec+            | comptia:security-plus                 | 1
      a+              | comptia:a-plus                        | 1
      rn              | 29-1141.00 ncsbn:nclex-rn             | 1
      lpn             | 29-2061.00                            | 1
      aws             | skill:aws                             | 1
      help d          | 15-1232.00                            | 3
      cloud eng       | skill:cloud-engineering               | 3
      """)
  void autocompleteToleratesTyposAndPartialWords(String prefix, String expected, int within) {
    assertWithin(autocomplete.suggest(prefix, 10).stream().map(Completion::id).toList(), expected, within);
  }

  @ParameterizedTest(name = "suggest \"{0}\" -> top 5 labels contain \"{1}\"")
  @CsvSource(delimiter = '|', textBlock = """
      analist  | analyst
      secruity | secur
      data an  | data an
      proj     | proj
      exc      | exc
      """)
  void autocompleteTopSuggestionsShowTheMeantWord(String prefix, String word) {
    assertThat(autocomplete.suggest(prefix, 5)).hasSize(5)
        .allSatisfy(s -> assertThat(s.label().toLowerCase(Locale.ROOT)).contains(word));
  }

  @Test
  void analistSuggestsAnalystOccupationsFirst() {
    assertThat(autocomplete.suggest("analist", 2)).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(Completion.Kind.OCCUPATION);
      assertThat(s.label()).endsWith("Analysts");
    });
  }

  @ParameterizedTest(name = "match \"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      I know Excel, SQL and a bit of Python | skill:microsoft-excel skill:sql skill:python
      Tableau and Power BI dashboards       | skill:tableau skill:power-bi skill:data-visualization
      Linux, networking and AWS             | skill:linux skill:networking skill:aws
      javascript, react and node.js         | skill:javascript skill:react skill:node-js
      k8s and docker                        | skill:kubernetes skill:docker
      project management and agile scrum    | skill:project-management skill:agile-methodology
      """)
  void freeTextFindsExactlyTheSkillsNamed(String text, String expected) {
    assertThat(matcher.match(text)).extracting(SkillMatch::skill)
        .containsExactlyInAnyOrder(expected.split(" "));
  }

  @Test
  void freeTextToleratesMisspelledSkills() {
    assertThat(matcher.match("Pyhton and Exel")).extracting(SkillMatch::skill)
        .contains("skill:python", "skill:microsoft-excel");
  }

  private static List<String> ids(List<TaxonomyHit> hits) {
    return hits.stream().map(TaxonomyHit::id).toList();
  }

  private static void assertWithin(List<String> ids, String expected, int within) {
    List<String> top = ids.subList(0, Math.min(within, ids.size()));
    assertThat(top).as("top %d of %s", within, ids).containsAnyElementsOf(Arrays.asList(expected.split(" ")));
  }
}
