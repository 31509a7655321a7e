package org.careercoach.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's module rules (DESIGN.md, "Modules and boundaries" and "Package layout"). */
@AnalyzeClasses(packages = "org.careercoach", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerArchitectureTest {

  private static final Pattern FEATURE =
      Pattern.compile("org\\.careercoach\\.server\\.(\\w+)(\\..*)?");

  @ArchTest
  static final ArchRule neverDependsOnTheDesktopApp =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.server..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.careercoach.desktop..", "javafx..");

  @ArchTest
  static final ArchRule featuresKeepOutOfEachOthersInternals =
      noClasses()
          .that()
          .resideInAPackage("org.careercoach.server..")
          .should(reachIntoAnotherFeaturesInternals());

  /** A feature's {@code internal} package is public only for Java's sake (DESIGN.md). */
  static ArchCondition<JavaClass> reachIntoAnotherFeaturesInternals() {
    return new ArchCondition<>("reach into another feature's internal package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Optional<String> from = feature(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName();
          Optional<String> to = feature(target);
          boolean internal = target.contains(".internal");
          if (internal && to.isPresent() && !to.equals(from)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  static Optional<String> feature(String packageName) {
    Matcher m = FEATURE.matcher(packageName);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
