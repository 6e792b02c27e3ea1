package io.credpath.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.SearchWords;
import io.credpath.catalog.Skill;
import io.credpath.planner.SkillMatcher.SkillMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LuceneSkillMatcherTest {
  static CatalogIndex index;
  static LuceneSkillMatcher matcher;

  @BeforeAll
  static void open() {
    index = CatalogIndex.open(TestCatalogs.withSynonyms(), Optional.empty());
    matcher = new LuceneSkillMatcher(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void findsSkillsInASentence() {
    List<SkillMatch> m = matcher.match("I know Excel, SQL and a bit of Python");
    assertThat(m).extracting(SkillMatch::skill).containsExactlyInAnyOrder("skill:excel", "skill:sql", "skill:python");
  }

  @Test
  void canonicalNameIsSurerThanAlias() {
    List<SkillMatch> m = matcher.match("python, k8s");
    assertThat(m).extracting(SkillMatch::skill).containsExactly("skill:python", "skill:kubernetes");
    assertThat(m.get(0).confidence()).isEqualTo(1.0);
    assertThat(m.get(1).confidence()).isEqualTo(0.9);
    assertThat(m.get(1).matched()).isEqualTo("k8s");
  }

  @Test
  void prefersTheLongestPhrase() {
    List<SkillMatch> m = matcher.match("machine learning and microsoft excel");
    assertThat(m).extracting(SkillMatch::skill).containsExactlyInAnyOrder("skill:ml", "skill:excel");
    assertThat(m).filteredOn(x -> x.skill().equals("skill:excel")).extracting(SkillMatch::matched).containsExactly("microsoft excel");
  }

  @Test
  void typosMatchWithLowerConfidence() {
    List<SkillMatch> m = matcher.match("pyhton and kubernets, statistcs");
    assertThat(m).extracting(SkillMatch::skill).containsExactlyInAnyOrder("skill:python", "skill:kubernetes", "skill:statistics");
    assertThat(m).allSatisfy(x -> assertThat(x.confidence()).isBetween(0.4, 0.75));
  }

  @Test
  void multiWordFuzzyPhrase() {
    assertThat(matcher.match("machine lerning")).extracting(SkillMatch::skill).containsExactly("skill:ml");
  }

  @Test
  void reportsEachSkillOnceWithItsBestConfidence() {
    List<SkillMatch> m = matcher.match("SQL, sql, structured query language, SQL!");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).confidence()).isEqualTo(1.0);
  }

  @Test
  void stopWordsAndFillerMatchNothing() {
    assertThat(matcher.match("I have a lot of experience and I know some of it")).isEmpty();
  }

  @Test
  void fillerWordsAreTheCataloguesOwn() {
    Catalog base = TestCatalogs.withSynonyms();
    List<Skill> skills = new ArrayList<>(base.skills());
    skills.add(Fixtures.skill("worker", "Worker")); // one edit from "worked", a filler word of the shipped list
    SearchWords shipped = base.searchWords();
    try (CatalogIndex withFiller = CatalogIndex.open(new Catalog(skills, base.occupations(), base.credentials(), base.stacks(),
            Map.of(), shipped), Optional.empty());
        CatalogIndex without = CatalogIndex.open(new Catalog(skills, base.occupations(), base.credentials(), base.stacks(),
            Map.of(), new SearchWords(shipped.abbreviations(), shipped.stopWords(), Set.of())), Optional.empty())) {
      assertThat(new LuceneSkillMatcher(withFiller).match("I worked with SQL")).extracting(SkillMatch::skill)
          .containsExactly("skill:sql");
      assertThat(new LuceneSkillMatcher(without).match("I worked with SQL")).extracting(SkillMatch::skill)
          .containsExactlyInAnyOrder("skill:sql", "skill:worker");
    }
  }

  @Test
  void fillerWordsAreComparedAsTheWordsTextIsAnalysedInto() {
    Analyzer plain = new CatalogAnalyzers(Set.of()).text(Optional.empty());
    assertThat(LuceneSkillMatcher.filler(plain, List.of("years", "skill"))).containsExactlyInAnyOrder("year", "skill");
  }
}
