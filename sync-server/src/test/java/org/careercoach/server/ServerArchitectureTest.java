package org.careercoach.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
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

  // The parser's pipeline (parsing's package-info): its stages share only the text vocabulary and
  // the module's one failure type, so a reading rule cannot creep into extraction nor one reader
  // lean on the other, and each stage can be replaced alone. The line model (learning) is a part
  // the heuristic reader asks; it knows the text vocabulary only, and is trained by the module's
  // commands, which hand it the reader's heading words.
  private static final String ROOT = "org.careercoach.server.parsing";
  private static final String TEXT = ROOT + ".text..";
  private static final String EXTRACTION = ROOT + ".extraction..";
  private static final String HEURISTIC = ROOT + ".heuristic..";
  private static final String AI_READER = ROOT + ".aireader..";
  private static final String LEARNING = ROOT + ".learning..";

  @ArchTest
  static final ArchRule theTextVocabularyKnowsNoStage =
      noClasses()
          .that()
          .resideInAPackage(TEXT)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, EXTRACTION, HEURISTIC, AI_READER, LEARNING);

  @ArchTest
  static final ArchRule theLineModelKnowsOnlyTheTextVocabulary =
      noClasses()
          .that()
          .resideInAPackage(LEARNING)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, EXTRACTION, HEURISTIC, AI_READER);

  @ArchTest
  static final ArchRule extractionKnowsNoReaderAndOfTheRootOnlyParseFailure =
      noClasses()
          .that()
          .resideInAPackage(EXTRACTION)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(HEURISTIC, AI_READER, LEARNING)
                  .or(resideInAPackage(ROOT).and(not(nameStartingWith(ROOT + ".ParseFailure")))));

  @ArchTest
  static final ArchRule theHeuristicReaderKnowsNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(HEURISTIC)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, EXTRACTION, AI_READER);

  @ArchTest
  static final ArchRule theAiReaderKnowsNoOtherStage =
      noClasses()
          .that()
          .resideInAPackage(AI_READER)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT, EXTRACTION, HEURISTIC, LEARNING);
}
