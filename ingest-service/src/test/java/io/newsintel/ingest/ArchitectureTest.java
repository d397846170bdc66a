package io.newsintel.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The feature packages stay a directed graph, and parsing and fetching stay free of the Spring
 * container and Kafka (settings annotations aside, which are inert without Spring).
 */
@AnalyzeClasses(
    packages = "io.newsintel.ingest",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("io.newsintel.ingest.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule parsingAndFetchingNeedNoSpringOrKafka =
      noClasses()
          .that()
          .resideInAnyPackage(
              "io.newsintel.ingest.parse..",
              "io.newsintel.ingest.fetch..",
              "io.newsintel.ingest.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework.context..",
              "org.springframework.beans..",
              "org.springframework.kafka..",
              "org.springframework.web..",
              "org.apache.kafka..")
          .because("the parse command runs them without Spring or a broker");
}
