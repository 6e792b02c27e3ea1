package io.credpath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps each library inside the one package that owns it (DESIGN.md, STYLE.md rule 3). */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.credpath");
  }

  private static void onlyIn(String owner, String... libraryPackages) {
    noClasses().that().resideOutsideOfPackages(owner)
        .should().dependOnClassesThat().resideInAnyPackage(libraryPackages)
        .because("only " + owner + " may use " + String.join(", ", libraryPackages))
        .check(classes);
  }

  @Test
  void onlyGraphUsesJgrapht() {
    onlyIn("io.credpath.graph..", "org.jgrapht..");
  }

  @Test
  void onlySearchUsesLucene() {
    onlyIn("io.credpath.search..", "org.apache.lucene..");
  }

  @Test
  void onlyRulesUsesDrools() {
    onlyIn("io.credpath.rules..", "org.kie..", "org.drools..");
  }

  @Test
  void onlyApiUsesJavalin() {
    onlyIn("io.credpath.api..", "io.javalin..", "org.eclipse.jetty..");
  }

  @Test
  void onlyTheImporterUsesTikasLanguageDetection() {
    onlyIn("io.credpath.catalog.importing..", "org.apache.tika..", "com.optimaize..");
  }

  @Test
  void onlyAdvisingUsesFlywayAndHikari() {
    onlyIn("io.credpath.advising..", "org.flywaydb..", "com.zaxxer..");
  }

  @Test
  void jacksonStaysInCatalogAndApi() {
    noClasses().that().resideOutsideOfPackages("io.credpath.catalog..", "io.credpath.api..", "io.credpath.app..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void plannerDependsOnNoLibraryAndNoOtherFeature() {
    noClasses().that().resideInAPackage("io.credpath.planner..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.credpath.graph..", "io.credpath.search..", "io.credpath.rules..", "io.credpath.api..",
            "io.credpath.advising..", "io.credpath.app..")
        .check(classes);
  }

  @Test
  void catalogDependsOnNoOtherFeature() {
    noClasses().that().resideInAPackage("io.credpath.catalog..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.credpath.graph..", "io.credpath.search..", "io.credpath.rules..", "io.credpath.planner..",
            "io.credpath.api..", "io.credpath.advising..", "io.credpath.app..")
        .check(classes);
  }
}
