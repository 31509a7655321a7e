package org.careercoach.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** common-model is shared by the server and the desktop app, so it may know neither. */
@AnalyzeClasses(
    packages = "org.careercoach.model",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

  @ArchTest
  static final ArchRule usesNoFrameworkOrTransport =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..",
              "javafx..",
              "okhttp3..",
              "java.net.http..",
              "jakarta..",
              "javax.servlet..",
              "java.sql..",
              "org.careercoach.server..",
              "org.careercoach.desktop..")
          .because("common-model depends on Jackson only (DESIGN.md, Modules and boundaries)");

  @ArchTest
  static final ArchRule publicTypesAreRecordsOrEnums =
      classes()
          .that()
          .resideInAnyPackage("org.careercoach.model.resume..", "org.careercoach.model.api..")
          .and()
          .arePublic()
          .and()
          .areTopLevelClasses()
          .should()
          .beRecords()
          .orShould()
          .beEnums()
          .because("the shared model is plain data: records and enums only");
}
