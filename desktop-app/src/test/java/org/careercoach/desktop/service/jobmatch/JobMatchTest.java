package org.careercoach.desktop.service.jobmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Job match on pairs whose answer is clear: a Java backend job and an emergency nurse job, each
 * against a Java engineer's resume and a nurse's, with the real skill list and the real embedding
 * model (loaded once for the class).
 */
class JobMatchTest {

  private static final SkillVocabulary SKILLS = SkillVocabulary.shipped();
  private static final EmbeddingSimilarity MODEL = new EmbeddingSimilarity();
  private static final JobMatcher MATCHER = new JobMatcher(SKILLS, MODEL);

  private static Resume javaResume;
  private static Resume nurseResume;
  private static JobPosting javaJob;
  private static JobPosting nurseJob;

  @BeforeAll
  static void read() throws IOException {
    javaResume = resume("java-resume.json");
    nurseResume = resume("nurse-resume.json");
    javaJob = JobPostings.fromText(text("java-job.txt"), SKILLS);
    nurseJob = JobPostings.fromText(text("nurse-job.txt"), SKILLS);
  }

  @Test
  void aPastedJobIsSplitIntoWhatItAsksForAndWhatWouldBeNice() {
    assertThat(javaJob.title()).isEqualTo("Senior Java Backend Engineer");
    assertThat(javaJob.required())
        .contains("Java", "PostgreSQL", "Apache Kafka", "JUnit", "Docker")
        .doesNotContain("Kubernetes", "Kotlin");
    assertThat(javaJob.niceToHave()).contains("Kubernetes", "Kotlin");
    assertThat(nurseJob.required()).contains("ACLS", "Patient assessment");
    assertThat(nurseJob.niceToHave()).contains("Pediatric Advanced Life Support (PALS)");
  }

  @Test
  void aCaseSensitiveSpellingTellsTheLibraryFromTheVerb() {
    assertThat(SKILLS.find("Built the shop in React")).containsExactly("React.js");
    assertThat(SKILLS.find("Able to react calmly to incidents")).isEmpty();
  }

  @Test
  void eachResumeMatchesItsOwnKindOfJobFarBetterThanTheOther() {
    JobMatch javaOnJava = MATCHER.match(javaResume, javaJob);
    JobMatch nurseOnJava = MATCHER.match(nurseResume, javaJob);
    JobMatch nurseOnNurse = MATCHER.match(nurseResume, nurseJob);
    JobMatch javaOnNurse = MATCHER.match(javaResume, nurseJob);

    assertThat(javaOnJava.requiredCovered()).contains("Java", "PostgreSQL", "Apache Kafka");
    assertThat(javaOnJava.requiredCoverage()).isGreaterThan(nurseOnJava.requiredCoverage() + 0.25);
    assertThat(nurseOnJava.requiredCovered()).isEmpty();
    assertThat(nurseOnNurse.requiredCovered()).contains("Patient assessment", "ACLS");
    assertThat(javaOnNurse.requiredCovered()).isEmpty();
    assertThat(nurseOnNurse.niceMissing()).contains("Pediatric Advanced Life Support (PALS)");

    assertThat(javaOnJava.keywordCoverage()).isGreaterThan(nurseOnJava.keywordCoverage() + 0.2);
    assertThat(nurseOnNurse.keywordCoverage()).isGreaterThan(javaOnNurse.keywordCoverage() + 0.2);

    assertThat(javaOnJava.similarity()).isGreaterThan(nurseOnJava.similarity() + 0.2);
    assertThat(nurseOnNurse.similarity()).isGreaterThan(javaOnNurse.similarity() + 0.2);
  }

  @Test
  void theOfficialSampleJobFileIsReadAndABrokenOneIsRefusedWithItsPath() throws IOException {
    String sample = Files.readString(SharedData.require("jsonresume/sample.job.json"));

    JobPosting job = JobPostings.fromJson(sample, SKILLS);

    assertThat(job.title()).isEqualTo("Web Developer");
    assertThat(job.company()).isEqualTo("Microsoft");
    assertThat(job.required())
        .contains("JavaScript", "HTML", "CSS", "React.js", "Node.js", "MongoDB");
    assertThatThrownBy(() -> JobPostings.fromJson("{\"title\": 7, \"skills\": {}}", SKILLS))
        .isInstanceOfSatisfying(
            JobFileException.class,
            e ->
                assertThat(e.problems()).extracting(p -> p.path()).contains("$.title", "$.skills"));
    assertThatThrownBy(() -> JobPostings.fromJson("{\"title\": ", SKILLS))
        .isInstanceOfSatisfying(
            JobFileException.class,
            e -> assertThat(e.getMessage()).contains("$ is not valid JSON"));
    assertThatThrownBy(() -> JobPostings.fromJson(" ".repeat(600_000), SKILLS))
        .isInstanceOfSatisfying(
            JobFileException.class,
            e -> assertThat(e.getMessage()).contains("larger than a job posting can be"));
  }

  private static Resume resume(String name) throws IOException {
    try (InputStream in = JobMatchTest.class.getResourceAsStream(name)) {
      return CoachJson.mapper().readValue(in, Resume.class);
    }
  }

  private static String text(String name) throws IOException {
    try (InputStream in = JobMatchTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
