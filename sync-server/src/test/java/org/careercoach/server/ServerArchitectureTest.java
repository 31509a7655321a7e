package org.careercoach.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server's place among the modules (DESIGN.md, "Modules and boundaries"). The graph between its
 * features, and their sub-packages, is checked by {@link FeatureGraphTest} (ADR 0015).
 */
@AnalyzeClasses(packages = "org.careercoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

  @ArchTest
  static final ArchRule neverDependsOnTheDesktopApp =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.careercoach.desktop..", "javafx..");
}
