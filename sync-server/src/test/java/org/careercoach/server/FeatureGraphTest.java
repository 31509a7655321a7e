package org.careercoach.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The server's feature graph (ADR 0015): Spring Modulith reads the features (the packages under
 * {@code org.careercoach.server}) and checks that they form no cycle, use only what their
 * package-info allows, and keep out of each other's sub-packages. The allowed lists must match the
 * code exactly, so the committed diagram shows the real graph.
 */
class FeatureGraphTest {

  /** The main classes only: test sources are no part of the graph. */
  private static final ApplicationModules MODULES =
      ApplicationModules.of(SyncServerApplication.class);

  private static final FeatureGraph GRAPH = FeatureGraph.of(MODULES);

  @Test
  void theFeaturesKeepTheirDeclaredDependencies() {
    MODULES.verify();
  }

  @Test
  void everyFeatureDeclaresWhatItMayUse() {
    assertThat(GRAPH.features())
        .as("the features Spring Modulith finds")
        .contains("admin", "auth", "config", "email", "jobs", "parsing", "resumes", "users");
    List<String> undeclared =
        GRAPH.allowed().entrySet().stream()
            .filter(e -> e.getValue() == null)
            .map(e -> e.getKey())
            .toList();
    assertThat(undeclared)
        .as(
            "features without @ApplicationModule(allowedDependencies = …) in their package-info"
                + " (a feature without a list could depend on anything)")
        .isEmpty();
  }

  @Test
  void everyAllowedDependencyIsUsed() {
    List<String> unused = new ArrayList<>();
    GRAPH
        .allowed()
        .forEach(
            (feature, allowed) -> {
              SortedSet<String> spare = new TreeSet<>(allowed);
              spare.removeAll(GRAPH.uses().get(feature));
              spare.forEach(
                  to ->
                      unused.add(
                          feature
                              + " -> "
                              + to
                              + ": no class of "
                              + feature
                              + " uses "
                              + to
                              + " any more; remove it from "
                              + feature
                              + "'s package-info"
                              + (FeatureGraph.exception(feature, to) == null
                                  ? ""
                                  : " and from FeatureGraph.KNOWN_EXCEPTIONS")));
            });
    assertThat(unused).as("allowed dependencies the code does not have").isEmpty();
  }

  @Test
  void knownExceptionsAreDeclaredWhereTheyApply() {
    for (FeatureGraph.KnownException e : FeatureGraph.KNOWN_EXCEPTIONS) {
      assertThat(GRAPH.allowed().get(e.from()))
          .as("%s's package-info allows the known exception %s -> %s", e.from(), e.from(), e.to())
          .contains(e.to());
    }
  }

  @Test
  void theCommittedDiagramShowsTheCode() throws IOException {
    Path root = repositoryRoot();
    Path doc = root.resolve(FeatureGraph.DOC);
    Path readme = root.resolve(FeatureGraph.README);
    String readmeNow = Files.readString(readme, StandardCharsets.UTF_8);
    String expectedDoc = GRAPH.document();
    String expectedReadme = GRAPH.readme(readmeNow);
    if ("1".equals(System.getenv("COACH_WRITE_DOCS"))) {
      Files.writeString(doc, expectedDoc, StandardCharsets.UTF_8);
      Files.writeString(readme, expectedReadme, StandardCharsets.UTF_8);
    }
    String stale = "is stale: regenerate it with `" + FeatureGraph.REGENERATE + "`";
    assertThat(Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "")
        .as(FeatureGraph.DOC + " " + stale)
        .isEqualTo(expectedDoc);
    assertThat(readmeNow).as("the diagram in README.md " + stale).isEqualTo(expectedReadme);
  }

  // The checks can fail: the same graph plus a few deliberately bad classes from the test sources
  // (one import for all of them: importing the classes is the slow part).

  @Test
  void aForbiddenEdgeFailsTheBuild() {
    assertThat(Fixtures.VIOLATIONS)
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains("Module 'email' depends on module 'jobs' via")
                    .contains("email.EmailUsesJobsArchitectureFixture -> ")
                    .contains("jobs.ParseJobs")
                    .contains("Allowed targets: config, resumes"));
  }

  @Test
  void aCycleFailsTheBuild() {
    assertThat(Fixtures.VIOLATIONS)
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains("Cycle detected")
                    .contains("storage.StorageUsesResumesArchitectureFixture")
                    .contains("resumes.ResumeService"));
  }

  @Test
  void reachingIntoAnotherFeaturesSubPackageFailsTheBuild() {
    // resumes may use jobs, but only the classes of its own package: "jobs" in an allowed list
    // means jobs' public face, so its sub-packages stay its own.
    assertThat(Fixtures.VIOLATIONS)
        .anySatisfy(
            v ->
                assertThat(v)
                    .contains("Module 'resumes' depends on module 'jobs' via")
                    .contains(
                        "resumes.ResumesUsesJobsInternalsArchitectureFixture -> "
                            + "org.careercoach.server.jobs.internal.JobsInternalsArchitectureFixture"));
  }

  @Test
  void theRealGraphHasNoViolationBesideTheFixtures() {
    assertThat(Fixtures.VIOLATIONS)
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("ArchitectureFixture"));
  }

  /** The violations of the main classes plus the test sources' {@code *ArchitectureFixture}s. */
  private static final class Fixtures {

    static final List<String> VIOLATIONS =
        ApplicationModules.of(
                SyncServerApplication.class,
                location ->
                    new ImportOption.DoNotIncludeTests().includes(location)
                        || location
                            .asURI()
                            .toString()
                            .matches(".*/[A-Za-z]+ArchitectureFixture\\.class"))
            .detectViolations()
            .getMessages();
  }

  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))
          && Files.isDirectory(dir.resolve("sync-server"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
