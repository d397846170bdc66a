package io.newsintel.search.alert;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The alert feature's sub-packages depend on each other in one direction only. */
@AnalyzeClasses(
    packages = "io.newsintel.search.alert",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AlertArchitectureTest {

  @ArchTest
  static final ArchRule alertPackagesHaveNoCycles =
      slices().matching("io.newsintel.search.alert.(*)..").should().beFreeOfCycles();
}
