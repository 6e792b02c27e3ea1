package io.credpath.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw record the import rejects stops it, naming the file, the line the record starts on and the field, unless
 * {@code curated/excluded-records.jsonl} leaves it out; records of a kind it never imports are counted, not dropped.
 */
class RejectedRecordsTest {
  private static final Path RAW = Path.of("..", "shared", "data", "raw");
  private static final String UDEMY_HEADER =
      "course_id,course_title,url,is_paid,price,num_subscribers,num_reviews,num_lectures,level,content_duration,published_timestamp,subject\n";
  private static final String COURSERA_2024 = "Subject,Title,Institution,Learning Product,Level,Duration,Gained Skills,Rate,Reviews\n";
  private static final String COURSERA_2023 =
      "partner,course,skills,rating,reviewcount,level,certificatetype,duration,crediteligibility\n";
  private static final String COURSERA_2020 =
      ",course_title,course_organization,course_Certificate_type,course_rating,course_difficulty,course_students_enrolled\n";

  @TempDir
  Path raw;

  @Test
  void aUdemyTitleThatSwallowsTheNextCourseStopsTheImportAtItsLine() throws IOException {
    write("udemy/udemy_courses.csv", UDEMY_HEADER
        + "43,Free Guitar,https://www.udemy.com/g/,FALSE,Free,1,1,1,All Levels,1.5,2017-01-01,Musical Instruments\n"
        + "44,\"Play Accordion 'by ear\"\",https://www.udemy.com/a/,true,25,1,1,1,Beginner Level,4 hours,2014-09-16\n"
        + "45,Harmonica Secrets\"\"\",https://www.udemy.com/h/,TRUE,75,1,1,1,All Levels,2.5,2014-07-28,Musical Instruments\n");

    assertThatThrownBy(() -> new UdemyImporter(raw, Vocabularies.SETTINGS.udemyPace(), LeftOutRecords.none()).read())
        .isInstanceOf(RejectedRecordException.class)
        .hasMessageContaining("udemy_courses.csv:3: course_title runs into the next line")
        .hasMessageContaining("Play Accordion 'by ear")
        .hasMessageContaining("curated/excluded-records.jsonl");
  }

  @Test
  void aUdemyCourseListedTwiceWithOtherFieldsIsRejectedNamingBothLines() throws IOException {
    write("udemy/udemy_courses.csv", UDEMY_HEADER
        + "42,Learn Python,https://www.udemy.com/p/,TRUE,50,1,1,1,Beginner Level,3,2017-01-01,Web Development\n"
        + "42,Learn Python,https://www.udemy.com/p/,TRUE,20,1,1,1,Beginner Level,3,2017-01-01,Web Development\n");

    assertThatThrownBy(() -> new UdemyImporter(raw, Vocabularies.SETTINGS.udemyPace(), LeftOutRecords.none()).read())
        .hasMessageContaining("udemy_courses.csv:3: course_id 42 is the course of line 2 too, with other fields");
  }

  @Test
  void aRoadmapNoteIsRejectedUnlessExcludedAndARepeatedEntryIsCounted() throws IOException {
    write("sec_cert_roadmap/certificates.json", """
        [
          {"content": "CIMP", "href": "https://imi.example/cimp/", "mainCategory": "iam", "skillLevel": 10,
           "tooltiptext": "IMI Certified Identity Management Professional\\\\n $295 exam"},
          {"content": "Programming Language", "href": "", "mainCategory": "software", "skillLevel": 20,
           "tooltiptext": "Learning a programming language is valuable to any IT professionals career."},
          {"content": "CIMP", "href": "https://imi.example/cimp/", "mainCategory": "asset", "skillLevel": 17,
           "tooltiptext": "IMI Certified Identity Management Professional\\\\n $295 exam"}
        ]
        """);

    assertThatThrownBy(() -> roadmap(LeftOutRecords.none()).read())
        .isInstanceOf(RejectedRecordException.class)
        .hasMessageContaining("certificates.json:4: tooltiptext of \"Programming Language\" begins with a sentence");

    LeftOutRecords leftOut = new LeftOutRecords(
        List.of(new CuratedTables.Exclusion("sec_cert_roadmap/certificates.json", "Programming Language", "test")));
    List<RoadmapImporter.Item> items = roadmap(leftOut).read().items(Vocabularies.canonical().mapper());
    assertThat(items).extracting(i -> i.credential().id()).containsExactly("seccert:cimp");
    assertThat(leftOut.filteredCounts()).containsEntry("roadmapRepeatedEntries", 1);
    assertThat(leftOut.excluded()).containsExactly("sec_cert_roadmap/certificates.json Programming Language");
  }

  @Test
  void twoRoadmapCertificationsSharingAShortNameAreRejectedNamingBothEntries() throws IOException {
    write("sec_cert_roadmap/certificates.json", """
        [
          {"content": "CCSE", "href": "https://checkpoint.example/ccse", "mainCategory": "network", "skillLevel": 15,
           "tooltiptext": "Checkpoint Certified Security Expert\\\\n $250 exam"},
          {"content": "CCSE", "href": "https://eccouncil.example/ccse", "mainCategory": "engineer", "skillLevel": 19,
           "tooltiptext": "EC Council Certified Cloud Security Engineer\\\\n $100 exam"}
        ]
        """);

    assertThatThrownBy(() -> roadmap(LeftOutRecords.none()).read())
        .hasMessageContaining("certificates.json:4: content CCSE (EC Council Certified Cloud Security Engineer) gives the id "
            + "seccert:ccse, which the entry on line 2 (Checkpoint Certified Security Expert) already has");
  }

  @Test
  void courseraDegreesAreCountedAndAnOfferingWithoutAProductIsRejected() throws IOException {
    write("coursera_2024/Coursera.csv", COURSERA_2024
        + "Data Science,Intro to Data,Some U,Course,Beginner,1 - 4 Weeks,Statistics,4.1,5\n");
    write("coursera_2023/Coursera.csv", COURSERA_2023
        + "Some U,Master of Data,None,4.0,1k,None,Degree , 24 meses,false\n"
        + "Some U,Flores MBA,None,4.0,1k,None,None,None,false\n"
        + "Some U,Flores MBA,None,4.0,1k,None,Degree ,None,false\n"
        + "Coursera Project Network,Tableau Public,\"{\"\"\"\"}\",None,None,\"\",None,None,false\n");
    write("coursera_2020/coursea_data.csv", COURSERA_2020);

    assertThatThrownBy(() -> new CourseraImporter(raw, Vocabularies.COURSERA, LeftOutRecords.none()).read())
        .isInstanceOf(RejectedRecordException.class)
        .hasMessageContaining("Coursera.csv:5: certificatetype of \"Tableau Public\" names no product");

    LeftOutRecords leftOut = new LeftOutRecords(
        List.of(new CuratedTables.Exclusion("coursera_2023/Coursera.csv", "Tableau Public", "test")));
    assertThat(new CourseraImporter(raw, Vocabularies.COURSERA, leftOut).read()).containsOnlyKeys("intro to data|some u");
    assertThat(leftOut.filteredCounts()).as("the first row naming a product decides it").containsEntry("courseraDegreeProducts", 2);
  }

  @Test
  void aCourseraProductTheImportDoesNotKnowIsRejected() throws IOException {
    write("coursera_2024/Coursera.csv", COURSERA_2024
        + "Data Science,Intro to Data,Some U,Course,Beginner,1 - 4 Weeks,Statistics,4.1,5\n"
        + "Data Science,Data Bootcamp,Some U,Bootcamp,Beginner,1 - 4 Weeks,Statistics,4.1,5\n");
    write("coursera_2023/Coursera.csv", COURSERA_2023);
    write("coursera_2020/coursea_data.csv", COURSERA_2020);

    assertThatThrownBy(() -> new CourseraImporter(raw, Vocabularies.COURSERA, LeftOutRecords.none()).read())
        .hasMessageContaining("Coursera.csv:3: Learning Product names a product the import does not know: Bootcamp");
  }

  @Test
  void anOnetRowForAnOccupationTheReleaseDoesNotListIsRejected() throws IOException {
    write("onet/Occupation Data.txt", "O*NET-SOC Code\tTitle\tDescription\n15-2051.00\tData Scientists\tDevelop models.\n");
    write("onet/Job Zones.txt", "O*NET-SOC Code\tJob Zone\n15-2051.00\t4\n15-2051.99\t4\n");

    OnetImporter onet = new OnetImporter(raw.resolve("onet"), new SkillVocabulary(), Vocabularies.SETTINGS.scale(), LeftOutRecords.none());
    assertThatThrownBy(() -> onet.occupations(Vocabularies.canonical().mapper()))
        .hasMessageContaining("Job Zones.txt:3: O*NET-SOC Code 15-2051.99 is no occupation of Occupation Data.txt");
  }

  @Test
  void aCuratedStackNamingAnUnknownCredentialStopsTheImportAtItsLine(@TempDir Path dir) throws IOException {
    CuratedCopy copy = CuratedCopy.of(dir, "stacks.jsonl");
    Set<String> known = new HashSet<>();
    copy.tables().records("stacks.jsonl").forEach(s -> StackReferences.of(s.node()).forEach(r -> known.add(r.credential())));
    assertThat(new CuratedImporter(copy.tables()).stacks(known)).as("the shipped stacks name known credentials").isNotEmpty();
    known.remove("cfa:level-3");
    String text = Files.readString(dir.resolve("stacks.jsonl"));
    int line = text.substring(0, text.indexOf("\"stack:cfa-program\"")).split("\n", -1).length;

    assertThatThrownBy(() -> new CuratedImporter(copy.tables()).stacks(known))
        .hasMessageContaining("stacks.jsonl:" + line + ": components names unknown credential cfa:level-3");
  }

  @Test
  void anExclusionThatLeavesNothingOutStopsTheImportAtItsRow(@TempDir Path dir) throws IOException {
    CuratedCopy copy = CuratedCopy.of(dir, LeftOutRecords.EXCLUSIONS);
    LeftOutRecords leftOut = new LeftOutRecords(copy.tables().exclusions());

    assertThatThrownBy(leftOut::checkEveryExclusionUsed)
        .hasMessageContaining("excluded-records.jsonl:2: record 52118 of udemy/udemy_courses.csv is not one the import rejects");
  }

  @Test
  void theShippedExclusionsLeaveOutExactlyTheRawRecordsTheImportRejects() {
    LeftOutRecords leftOut = new LeftOutRecords(Vocabularies.TABLES.exclusions());

    new CourseraImporter(RAW, Vocabularies.COURSERA, leftOut).read();
    new UdemyImporter(RAW, Vocabularies.SETTINGS.udemyPace(), leftOut).read();
    new RoadmapImporter(RAW, new RoadmapTables(Vocabularies.TABLES), Vocabularies.SETTINGS.roadmapPace(), 2, leftOut).read();

    leftOut.checkEveryExclusionUsed();
    assertThat(leftOut.excluded()).hasSize(9).contains("udemy/udemy_courses.csv 52118", "sec_cert_roadmap/certificates.json CCSE");
    assertThat(leftOut.filteredCounts()).containsEntry("courseraDegreeProducts", 116).containsEntry("udemyRepeatedRows", 6)
        .containsEntry("roadmapRepeatedEntries", 1);
  }

  private RoadmapImporter roadmap(LeftOutRecords leftOut) {
    return new RoadmapImporter(raw, new RoadmapTables(Vocabularies.TABLES), Vocabularies.SETTINGS.roadmapPace(), 2, leftOut);
  }

  private void write(String file, String text) throws IOException {
    Path p = raw.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
