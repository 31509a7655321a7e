package org.careercoach.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.application.Platform;

/** The desktop app's rules (DESIGN.md, "Modules and boundaries" and "MVVM and threads"). */
@AnalyzeClasses(packages = "org.careercoach", importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {

  @ArchTest
  static final ArchRule neverDependsOnTheServer =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.desktop..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.careercoach.server..", "org.springframework..");

  @ArchTest
  static final ArchRule viewModelsNeedNoToolkit =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because("view models are tested without a toolkit");

  @ArchTest
  static final ArchRule onlyTheExecutorHopsToTheUiThread =
      noClasses()
          .that()
          .doNotHaveSimpleName("FxTaskExecutor")
          .should()
          .callMethod(Platform.class, "runLater", Runnable.class)
          .because("one injected TaskExecutor delivers results on the FX thread");

  @ArchTest
  static final ArchRule servicesKnowNoScreens =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.desktop.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.careercoach.desktop.ui..", "javafx.scene..");
}
