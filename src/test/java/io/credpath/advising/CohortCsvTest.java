package io.credpath.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.credpath.Fixtures;
import io.credpath.catalog.Catalog;
import io.credpath.catalog.CatalogScope;
import io.credpath.catalog.Occupation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading cohort files: good rows kept with ids resolved as the planner resolves them; every bad row or bad file named by
 * line and column with the reason; a seeded suite of corrupted files never fails any other way.
 */
class CohortCsvTest {
  static final String HEADER = "reference,name,current_occupation,target,held_credentials,experience_years,hours_per_week,max_cost,max_weeks\n";
  static final String GOOD = HEADER
      + "S-1,Dana Whitfield,Information Security Analysts,15-2051.01,course:sql-basics;course:excel,4,8,600,26\n"
      + "S-2,\"Okafor, Chidi\",,data analyst,,1,10,,\n"
      + "S-3,\"Lee \"\"Lee\"\" Park\",15-2051.01,cybersecurity analyst,cert:a-plus,0,6,1500,52\n";

  /** The small catalogue, with "Analyst" an alternate title of both occupations. */
  static Catalog catalog() {
    Catalog c = Fixtures.smallCatalog();
    List<Occupation> occupations = c.occupations().stream().map(o -> new Occupation(o.id(), o.title(),
        Stream.concat(o.alternateTitles().stream(), Stream.of("Analyst")).toList(), o.description(), o.jobZone(), o.requirements(),
        List.of(), o.related())).toList();
    return new Catalog(c.skills(), occupations, c.credentials(), c.stacks(), Map.of(), Fixtures.SEARCH_WORDS);
  }

  private static CohortCsv.Parsed read(String csv) {
    return new CohortCsv(catalog(), CatalogScope.everything()).read(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void goodRowsAreKeptWithTitlesResolvedQuotesReadAndBudgetsAsWritten() {
    CohortCsv.Parsed p = read("\uFEFF" + GOOD.replace("\n", "\r\n"));
    assertThat(p.rows()).isEqualTo(3);
    assertThat(p.rejected()).isEmpty();
    assertThat(p.accepted()).extracting(CohortRow::line).containsExactly(2, 3, 4);
    CohortRow dana = p.accepted().get(0);
    assertThat(dana.fields().currentOccupation()).contains("15-1212.00");
    assertThat(dana.target()).isEqualTo("15-2051.01");
    assertThat(dana.fields().heldCredentials()).containsExactly("course:sql-basics", "course:excel");
    assertThat(dana.fields().experienceYears()).isEqualTo(4);
    assertThat(dana.fields().budget().maxCost()).hasValue(600);
    assertThat(dana.fields().budget().maxWeeks()).hasValue(26);
    CohortRow chidi = p.accepted().get(1);
    assertThat(chidi.fields().name()).isEqualTo("Okafor, Chidi");
    assertThat(chidi.fields().currentOccupation()).isEmpty();
    assertThat(chidi.target()).isEqualTo("15-2051.01");
    assertThat(chidi.fields().budget().maxCost()).isEmpty();
    assertThat(chidi.fields().budget().hoursPerWeek()).isEqualTo(10);
    assertThat(p.accepted().get(2).fields().name()).isEqualTo("Lee \"Lee\" Park");
    assertThat(p.accepted().get(2).target()).isEqualTo("15-1212.00");
  }

  @Test
  void columnsMayComeInAnyOrderAndCaseAndOnlyReferenceNameAndTargetAreRequired() {
    CohortCsv.Parsed p = read("Target,Name,REFERENCE\n15-1212.00,Sam,S-9\n");
    assertThat(p.accepted()).singleElement().satisfies(r -> {
      assertThat(r.fields().externalRef()).isEqualTo("S-9");
      assertThat(r.fields().budget().hoursPerWeek()).isEqualTo(8);
      assertThat(r.referenceColumn()).isEqualTo(3);
    });
  }

  @Test
  void aQuotedFieldMaySpanLinesAndLaterLinesAreCountedRight() {
    CohortCsv.Parsed p = read(HEADER + "S-1,\"Dana\nWhitfield\",,15-2051.01,,,,,\nS-2,Sam,,15-2051.0,,,,,\n");
    assertThat(p.accepted()).singleElement().satisfies(r -> assertThat(r.fields().name()).isEqualTo("Dana\nWhitfield"));
    assertThat(p.rejected()).singleElement().satisfies(o -> assertThat(o.errors()).singleElement()
        .satisfies(e -> assertThat(List.of(e.line(), e.column())).containsExactly(4, 4)));
  }

  static Stream<Arguments> badRows() {
    return Stream.of(
        Arguments.of("S-1,Dana,,15-2051.01,,,\n", 2, 8, "", "has 7 fields and the header 9"),
        Arguments.of("S-1,Dana,,15-2051.0,,,,,\n", 2, 4, "target", "unknown occupation '15-2051.0'; did you mean: 15-2051.01"),
        Arguments.of("S-1,Dana,,Analyst,,,,,\n", 2, 4, "target", "names several occupations; write one of their ids: 15-2051.01 (Business"
            + " Intelligence Analysts), 15-1212.00 (Information Security Analysts)"),
        Arguments.of("S-1,Dana,analyst,15-2051.01,,,,,\n", 2, 3, "current_occupation", "names several occupations"),
        Arguments.of("S-1,Dana,,,,,,,\n", 2, 4, "target", "is required"),
        Arguments.of("S-1,Dana,,15-2051.01,course:excel;cert:sec-pluss,,,,\n", 2, 5, "held_credentials",
            "unknown credential 'cert:sec-pluss'; did you mean: cert:sec-plus"),
        Arguments.of("S-1,Dana,,15-2051.01,,four,,,\n", 2, 6, "experience_years", "must be a number: 'four'"),
        Arguments.of("S-1,Dana,,15-2051.01,,61,,,\n", 2, 6, "experience_years", "must be between 0 and 60"),
        Arguments.of("S-1,Dana,,15-2051.01,,,0,,\n", 2, 7, "hours_per_week", "must be between 0.5 and 80"),
        Arguments.of("S-1,Dana,,15-2051.01,,,,-5,\n", 2, 8, "max_cost", "must be between 0 and 1000000000"),
        Arguments.of("S-1,Dana,,15-2051.01,,,,,2.5\n", 2, 9, "max_weeks", "whole number"),
        Arguments.of("S-1, ,,15-2051.01,,,,,\n", 2, 2, "name", "is required"),
        Arguments.of(",Dana,,15-2051.01,,,,,\n", 2, 1, "reference", "is required"),
        Arguments.of("S-1,Dana,,15-2051.01,,,,,\nS-1,Sam,,15-1212.00,,,,,\n", 3, 1, "reference", "is on line 2 too"));
  }

  @ParameterizedTest
  @MethodSource("badRows")
  void aBadRowIsRejectedNamingItsLineColumnAndWhy(String rows, int line, int column, String field, String message) {
    CohortCsv.Parsed p = read(HEADER + rows);
    assertThat(p.rejected()).anySatisfy(o -> assertThat(o.errors()).anySatisfy(e -> {
      assertThat(e.line()).isEqualTo(line);
      assertThat(e.column()).isEqualTo(column);
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.message()).contains(message);
    }));
  }

  @Test
  void aRowWithSeveralProblemsListsThemAll() {
    CohortCsv.Parsed p = read(HEADER + "S-1,,x,15-2051.0,cert:nope,-1,99,,0\n");
    assertThat(p.rejected()).singleElement().satisfies(o -> {
      assertThat(o.reference()).isEqualTo("S-1");
      assertThat(o.errors()).extracting(CsvError::column).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 9);
    });
  }

  static Stream<Arguments> badFiles() {
    return Stream.of(
        Arguments.of("", 1, 1, "no header and no rows"),
        Arguments.of(HEADER, 2, 1, "no learner rows"),
        Arguments.of("reference,name,target,nickname\nS-1,Dana,15-2051.01,D\n", 1, 4, "unknown column"),
        Arguments.of("reference,name,name,target\n", 1, 3, "named twice"),
        Arguments.of("reference,name\nS-1,Dana\n", 1, 3, "the header has no target column"),
        Arguments.of(HEADER + "S-1,Dana,,15-2051.01,,,,,\nS-2,\"Sam,,15-2051.01,,,,,\n", 3, 2, "a quoted field is never closed"),
        Arguments.of(HEADER + "S-1,\"Dana\"x,,15-2051.01,,,,,\n", 2, 2, "text after the closing quote"),
        Arguments.of(HEADER + "S-1,Da\"na,,15-2051.01,,,,,\n", 2, 2, "a double quote inside a field"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aFileThatCannotBeReadIsRefusedNamingLineAndColumn(String csv, int line, int column, String message) {
    CohortFileException e = catchThrowableOfType(CohortFileException.class, () -> read(csv));
    assertThat(e).as(csv).isNotNull();
    assertThat(e.errors()).anySatisfy(err -> {
      assertThat(err.line()).isEqualTo(line);
      assertThat(err.column()).isEqualTo(column);
      assertThat(err.message()).contains(message);
    });
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
    byte[] good = (HEADER + "S-1,Dana,,15-2051.01,,,,,\nS-2,Jos").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + 1);
    bytes[good.length] = (byte) 0xE9; // Latin-1 é
    CohortFileException e = catchThrowableOfType(CohortFileException.class,
        () -> new CohortCsv(catalog(), CatalogScope.everything()).read(bytes));
    assertThat(e.errors()).singleElement().satisfies(err -> {
      assertThat(err.line()).isEqualTo(3);
      assertThat(err.column()).isEqualTo(2);
      assertThat(err.message()).contains("not UTF-8");
    });
  }

  @Test
  void aFileOfMoreThanFiveThousandLearnersIsRefused() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i <= CohortCsv.MAX_LEARNERS; i++) csv.append("S-").append(i).append(",N,,15-2051.01,,,,,\n");
    assertThatThrownBy(() -> read(csv.toString())).isInstanceOf(CohortFileException.class).hasMessageContaining("more than");
  }

  @Test
  void credentialsOutsideTheCallersScopeAreUnknown() {
    CatalogScope compTiaOnly = new CatalogScope(Optional.of("t"), Set.of("comptia"), Set.of());
    CohortCsv.Parsed p = new CohortCsv(catalog(), compTiaOnly).read((HEADER + "S-1,Dana,,15-1212.00,course:excel,,,,\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(p.rejected()).singleElement().satisfies(o -> assertThat(o.errors().get(0).message()).contains("unknown credential 'course:excel'"));
  }

  /** 500 files made by corrupting the good one at random (seeded): each is read or refused, with every problem placed in it. */
  @Test
  void corruptedFilesAreReadOrRefusedNeverFailingOtherwise() {
    Random random = new Random(13);
    String noise = "\",;\n\r\t x0é\u0000";
    int refused = 0;
    int rejectedRows = 0;
    for (int n = 0; n < 500; n++) {
      StringBuilder csv = new StringBuilder(GOOD);
      for (int k = 1 + random.nextInt(4); k > 0; k--) {
        int at = random.nextInt(csv.length() + 1);
        if (random.nextBoolean() && at < csv.length()) csv.deleteCharAt(at);
        else csv.insert(at, noise.charAt(random.nextInt(noise.length())));
      }
      int lines = (int) csv.chars().filter(c -> c == '\n' || c == '\r').count() + 2;
      int columns = (int) csv.chars().filter(c -> c == ',').count() + 2;
      List<CsvError> errors = new ArrayList<>();
      try {
        CohortCsv.Parsed p = read(csv.toString());
        p.rejected().forEach(o -> errors.addAll(o.errors()));
        rejectedRows += p.rejected().size();
        assertThat(p.accepted().size() + p.rejected().size()).isEqualTo(p.rows());
      } catch (CohortFileException e) {
        refused++;
        assertThat(e.errors()).as(csv.toString()).isNotEmpty();
        errors.addAll(e.errors());
      }
      assertThat(errors).as(csv.toString()).allSatisfy(e -> {
        assertThat(e.line()).isBetween(1, lines);
        assertThat(e.column()).isBetween(1, columns);
        assertThat(e.message()).isNotBlank();
      });
    }
    assertThat(refused).as("some corrupted files are refused whole").isPositive();
    assertThat(rejectedRows).as("some corrupted files keep some rows and reject others").isPositive();
  }
}
