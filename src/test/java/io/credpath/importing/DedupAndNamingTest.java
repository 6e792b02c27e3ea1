package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupAndNamingTest {

  @TempDir
  Path raw;

  @Test
  void mergesTheSameCourseraOfferingAcrossScrapesPreferringNewestData() throws IOException {
    write("coursera_2024/Coursera.csv",
        "Subject,Title,Institution,Learning Product,Level,Duration,Gained Skills,Rate,Reviews\n"
            + "Data Science,Google Data Analytics,Google,Professional Certificate,Beginner,3 - 6 Months,\"SQL, Tableau Software\",4.8,100\n"
            + "Data Science,Intro to Data,Other U,Course,Advanced,1 - 4 Weeks,Statistics,4.1,5\n");
    write("coursera_2023/Coursera.csv",
        "partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility\n"
            + "Google,Google Data Analytics ,\"{\"\" Data Analysis\"\",\"\" SQL\"\"}\",4.7,1k,Intermediate , Professional Certificate , 1 - 3 Months,true\n"
            + "Some U,Intro to Data,\"{\"\" R Programming\"\"}\",4.0,1k,Beginner , Course , 1 - 4 Weeks,false\n"
            + "Some U,Master of Data,None,4.0,1k,None,Degree , 24 meses,false\n");
    write("coursera_2020/coursea_data.csv",
        ",course_title,course_organization,course_Certificate_type,course_rating,course_difficulty,course_students_enrolled\n"
            + "1,Google Data Analytics,Google,PROFESSIONAL CERTIFICATE,4.6,Beginner,1m\n");

    CourseraImporter importer = new CourseraImporter(raw, Vocabularies.COURSERA, LeftOutRecords.none());
    Map<String, CourseraImporter.Offering> offerings = importer.read();

    assertThat(offerings).hasSize(3);
    CourseraImporter.Offering google = offerings.get("google data analytics|google");
    assertThat(google.sources).containsExactly("coursera_2024", "coursera_2023", "coursera_2020");
    assertThat(google.skills).containsExactly("SQL", "Tableau Software", "Data Analysis");
    assertThat(google.levelText).isEqualTo("Beginner");
    assertThat(google.duration).isEqualTo("3 - 6 Months");

    Vocabularies.Canonical canonical = Vocabularies.canonical();

    SkillVocabulary vocabulary = canonical.vocabulary();
    SkillMapper mapper = new SkillMapper(vocabulary, k -> Optional.empty(), canonical.keys(), Vocabularies.WORDS);
    List<CredentialRecord> credentials = importer.credentials(offerings, mapper, new TaughtLevels(mapper, Vocabularies.TABLES.suites()), new TitleLanguage(Vocabularies.LANGUAGES));
    assertThat(credentials).extracting(CredentialRecord::id).containsExactlyInAnyOrder(
        "coursera:google-data-analytics", "coursera:intro-to-data", "coursera:intro-to-data-some-u");
    CredentialRecord g = credentials.stream()
        .filter(c -> c.id().equals("coursera:google-data-analytics")).findFirst().orElseThrow();
    assertThat(g.skills()).extracting(CredentialRecord.TaughtSkill::skill)
        .contains("skill:sql", "skill:tableau", "skill:data-analysis");
    assertThat(g.source()).isEqualTo("coursera_2024+coursera_2023+coursera_2020");
    assertThat(g.cost().items().get(0).amount()).isEqualTo(245.0);
  }

  @Test
  void countsARepeatedUdemyRowAndLeavesOutABrokenOneTheExclusionsList() throws IOException {
    String header = "course_id,course_title,url,is_paid,price,num_subscribers,num_reviews,num_lectures,level,content_duration,published_timestamp,subject\n";
    write("udemy/udemy_courses.csv", header
        + "42,Learn Python,https://www.udemy.com/p/,TRUE,50,1,1,1,Beginner Level,3,2017-01-01,Web Development\n"
        + "42,Learn Python,https://www.udemy.com/p/,TRUE,50,1,1,1,Beginner Level,3,2017-01-01,Web Development\n"
        + "43,Free Guitar,https://www.udemy.com/g/,FALSE,Free,1,1,1,All Levels,1.5,2017-01-01,Musical Instruments\n"
        // the source's own flaw: an unbalanced quote makes one title swallow the next course
        + "44,\"Play Accordion 'by ear\"\",https://www.udemy.com/a/,true,25,1,1,1,Beginner Level,4 hours,2014-09-16\n"
        + "45,Harmonica Secrets\"\"\",https://www.udemy.com/h/,TRUE,75,1,1,1,All Levels,2.5,2014-07-28,Musical Instruments\n");
    Vocabularies.Canonical canonical = Vocabularies.canonical();
    SkillVocabulary vocabulary = canonical.vocabulary();
    SkillMapper mapper = new SkillMapper(vocabulary, k -> Optional.empty(), canonical.keys(), Vocabularies.WORDS);
    LeftOutRecords leftOut = new LeftOutRecords(List.of(new CuratedTables.Exclusion("udemy/udemy_courses.csv", "44", "test")));

    List<CredentialRecord> out = new UdemyImporter(raw, Vocabularies.SETTINGS.udemyPace(), leftOut).read()
        .credentials(mapper, new TaughtLevels(mapper, Vocabularies.TABLES.suites()), new TitleLanguage(Vocabularies.LANGUAGES));

    assertThat(out).extracting(CredentialRecord::id).containsExactly("udemy:42", "udemy:43");
    assertThat(leftOut.filteredCounts()).containsEntry("udemyRepeatedRows", 1);
    assertThat(leftOut.excluded()).containsExactly("udemy/udemy_courses.csv 44");
    assertThat(out.get(0).skills()).extracting(CredentialRecord.TaughtSkill::skill).contains("skill:python");
    assertThat(out.get(1).cost().items().get(0).amount()).isZero();
  }

  @Test
  void slugsAndCanonicalTechnologyNames() {
    assertThat(Slug.of("Google Data Analytics: Part 1!")).isEqualTo("google-data-analytics-part-1");
    assertThat(OnetImporter.canonicalName("Structured query language SQL")).isEqualTo("SQL");
    assertThat(OnetImporter.canonicalName("Microsoft Azure software")).isEqualTo("Microsoft Azure");
    assertThat(OnetImporter.canonicalName("Statistical software")).isEqualTo("Statistical software");
    assertThat(CuratedImporter.nameKey("CompTIA Security+")).isEqualTo("comptiasecurityplus");
    TitleLanguage language = new TitleLanguage(Vocabularies.LANGUAGES);
    assertThat(language.of("Introducción a la ciencia de datos")).isEqualTo("es");
    assertThat(language.of("Data Science for Everyone")).isEqualTo("en");
    assertThat(language.of("Google Data Analytics (PT)")).isEqualTo("pt");
    assertThat(CourseraImporter.isSkillTag("(1.5k reviews)")).isFalse();
    assertThat(CourseraImporter.isSkillTag("and Compliance")).isFalse();
    assertThat(CourseraImporter.isSkillTag("Governance")).isTrue();
  }

  private void write(String file, String text) throws IOException {
    Path p = raw.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
