package io.newsintel.enrich;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.newsintel.enrich");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("io.newsintel.enrich.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theTextMatchingLayerKnowsNothingOfTheFeaturesUsingIt() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that()
        .resideInAPackage("..enrich.matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..enrich.tagging..",
            "..enrich.attribution..",
            "..enrich.streaming..",
            "..enrich.catalog..")
        .check(CLASSES);
  }
}
