package org.careercoach.desktop;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.application.Platform;
import org.careercoach.desktop.ui.shell.Navigator;
import org.careercoach.desktop.ui.shell.Screen;

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
  static final ArchRule servicesKnowNoScreensAndNoToolkit =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.desktop.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.careercoach.desktop.ui..", "javafx..")
          .because(
              "services are observed by other services and tested with plain JUnit (ADR 0014);"
                  + " only view models hop to the UI thread, through the TaskExecutor");

  @ArchTest
  static final ArchRule screensReachTheShellOnlyToNavigate =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.desktop.ui..")
          .and()
          .resideOutsideOfPackage("org.careercoach.desktop.ui.shell..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.careercoach.desktop.ui.shell..")
                  .and(not(type(Navigator.class)))
                  .and(not(type(Screen.class))))
          .because(
              "app-wide state (session, connectivity) lives in services; the shell only"
                  + " navigates (ADR 0014)");

  @ArchTest
  static final ArchRule theToolkitAdapterIsNotAService =
      classes()
          .that()
          .haveSimpleName("FxTaskExecutor")
          .should()
          .resideOutsideOfPackage("org.careercoach.desktop.service..");
}
