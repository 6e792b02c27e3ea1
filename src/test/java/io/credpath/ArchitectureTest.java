package io.credpath;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps each library inside the one package that owns it (DESIGN.md, STYLE.md rule 3), the packages and each
 * sub-package free of cycles, and the dependencies pointing the way DESIGN.md draws them: {@code catalog} under
 * everything, {@code planner} owning the ports {@code rules} and {@code search} implement, {@code api} calling the ports
 * the core owns ({@code planner.Planning}, {@code search.CatalogQueries}) and serializing their records, {@code app}
 * the one composition root nothing else imports, and {@code importing} apart from all of them: it uses no other
 * package and only the {@code credpath import} command uses it.
 */
class ArchitectureTest {
  private static final String[] FEATURES = {"io.credpath.catalog..", "io.credpath.graph..", "io.credpath.search..",
      "io.credpath.rules..", "io.credpath.planner..", "io.credpath.advising.."};
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
    onlyIn("io.credpath.importing..", "org.apache.tika..", "com.optimaize..");
  }

  @Test
  void theImporterUsesNoOtherPackageOfCredpath() {
    classes().that().resideInAPackage("io.credpath.importing..")
        .should().onlyDependOnClassesThat(resideInAPackage("io.credpath.importing..").or(resideOutsideOfPackage("io.credpath..")))
        .because("the importer writes the files catalog loads, as plain JSON; it needs none of the records or code the "
            + "server is made of, so it can leave the server jar whole")
        .check(classes);
  }

  @Test
  void onlyTheImportCommandUsesTheImporter() {
    classes().that().resideInAPackage("io.credpath.importing..")
        .should().onlyHaveDependentClassesThat(resideInAPackage("io.credpath.importing..")
            .or(belongTo(name("io.credpath.app.ImportCommand"))))
        .because("nothing the server runs (api, planner, search, rules, catalog, advising, graph, the rest of app) needs "
            + "the importer; only credpath import does")
        .check(classes);
  }

  @Test
  void onlyAdvisingUsesFlywayAndHikari() {
    onlyIn("io.credpath.advising..", "org.flywaydb..", "com.zaxxer..");
  }

  @Test
  void onlyAdvisingUsesTheJobScheduler() {
    onlyIn("io.credpath.advising..", "com.github.kagkarlsson..");
  }

  @Test
  void jacksonStaysInCatalogTheImporterAndApi() {
    noClasses().that().resideOutsideOfPackages("io.credpath.catalog..", "io.credpath.importing..", "io.credpath.api..",
            "io.credpath.app..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
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

  @Test
  void plannerUsesOnlyTheJdkAndTheCatalogue() {
    classes().that().resideInAPackage("io.credpath.planner..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.credpath.planner..", "io.credpath.catalog..")
        .because("the planner is the JDK-only core; rules and search reach it through the interfaces it owns")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("io.credpath.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void subPackagesAreFreeOfCycles() {
    // Each package is its own slice here, so a feature and its sub-package (planner and planner.solver) depend one way.
    slices().matching("io.credpath.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void noFeaturePackageImportsApiOrApp() {
    noClasses().that().resideInAnyPackage(FEATURES)
        .should().dependOnClassesThat().resideInAnyPackage("io.credpath.api..", "io.credpath.app..")
        .because("features know nothing of HTTP or of how they are wired; api and app depend on them, never the reverse")
        .check(classes);
  }

  @Test
  void theApiCallsPortsTheCoreOwns() {
    // Operations (readiness, reload, rule status) is the API's one hook into the running application, which app answers.
    noClasses().that().resideOutsideOfPackage("io.credpath.api..").and().doNotHaveFullyQualifiedName("io.credpath.app.OperationsService")
        .should().implement(JavaClass.Predicates.resideInAPackage("io.credpath.api.."))
        .because("the core owns its ports and records and the API uses them; no layer answers an interface the API declares "
            + "by copying core records into API ones")
        .check(classes);
  }

  @Test
  void layersDependOnlyDownward() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Catalog").definedBy("io.credpath.catalog..")
        .layer("Graph").definedBy("io.credpath.graph..")
        .layer("Planner").definedBy("io.credpath.planner..")
        .layer("Rules").definedBy("io.credpath.rules..")
        .layer("Search").definedBy("io.credpath.search..")
        .layer("Advising").definedBy("io.credpath.advising..")
        .layer("Api").definedBy("io.credpath.api..")
        .layer("App").definedBy("io.credpath.app..")
        .whereLayer("App").mayNotBeAccessedByAnyLayer()
        .whereLayer("Api").mayOnlyBeAccessedByLayers("App")
        // The planner talks to the rule engine and the index through interfaces it owns; only app chooses Drools and Lucene.
        .whereLayer("Rules").mayOnlyBeAccessedByLayers("App")
        // The API reads the catalogue through the port search owns, and its records (never Lucene: see onlySearchUsesLucene).
        .whereLayer("Search").mayOnlyBeAccessedByLayers("Api", "App")
        .whereLayer("Advising").mayOnlyBeAccessedByLayers("Api", "App")
        .whereLayer("Graph").mayOnlyBeAccessedByLayers("Rules", "Search", "Api", "App")
        // Advising plans learners through the planner's port and keeps its answers.
        .whereLayer("Planner").mayOnlyBeAccessedByLayers("Rules", "Search", "Advising", "Api", "App")
        .check(classes);
  }
}
