package org.careercoach.desktop.service.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.desktop.service.jobmatch.JobPostings;
import org.careercoach.desktop.service.jobmatch.SkillVocabulary;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

class InterviewPlannerTest {

  private static final QuestionBank BANK = QuestionBank.shipped();
  private static final InterviewPlanner PLANNER =
      new InterviewPlanner(BANK, SkillVocabulary.shipped());

  @Test
  void theBankHasThreeHundredQuestionsOverTwentyRolesAndTheCommonThemesEachWithAGoodAnswer() {
    assertThat(BANK.questions()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(BANK.roles()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(BANK.themes()).hasSizeGreaterThanOrEqualTo(8);
    Set<String> roles =
        BANK.roles().stream().map(QuestionBank.Role::id).collect(Collectors.toSet());
    Set<String> themes =
        BANK.themes().stream().map(QuestionBank.Theme::id).collect(Collectors.toSet());
    Set<String> ids = new HashSet<>();
    for (Question q : BANK.questions()) {
      assertThat(ids.add(q.id())).as("id %s twice", q.id()).isTrue();
      assertThat(q.question()).as(q.id()).isNotBlank();
      assertThat(q.goodAnswer()).as(q.id()).isNotBlank();
      assertThat(q.role() == null)
          .as("%s: a role or a theme, not both", q.id())
          .isNotEqualTo(q.theme() == null);
      if (q.role() != null) {
        assertThat(roles).as(q.id()).contains(q.role());
        assertThat(q.skill()).as(q.id()).isNotBlank();
      } else {
        assertThat(themes).as(q.id()).contains(q.theme());
      }
    }
    Map<String, Long> perRole =
        BANK.questions().stream()
            .filter(q -> q.role() != null)
            .collect(Collectors.groupingBy(Question::role, Collectors.counting()));
    assertThat(perRole.keySet()).isEqualTo(roles);
    assertThat(perRole.values()).allMatch(n -> n >= 10);
  }

  @Test
  void aNurseApplyingForAnEmergencyJobGetsNursingQuestionsOnTheJobsSkillsFirst()
      throws IOException {
    Resume nurse = resume("nurse-resume.json");
    JobPosting job = JobPostings.fromText(text("nurse-job.txt"), SkillVocabulary.shipped());

    InterviewPlanner.PracticeSet set = PLANNER.plan(nurse, job, 10, 0);

    assertThat(set.roles()).extracting(QuestionBank.Role::id).contains("registered-nurse");
    List<Question> roleQuestions = set.questions().stream().filter(q -> q.role() != null).toList();
    assertThat(roleQuestions).hasSize(6).allMatch(q -> q.role().equals("registered-nurse"));
    assertThat(set.questions().stream().filter(q -> q.theme() != null).map(Question::theme))
        .hasSize(4)
        .doesNotHaveDuplicates();
  }

  @Test
  void aJavaEngineerWithoutAJobGetsBackendQuestionsAndTheNextRoundOthers() throws IOException {
    Resume engineer = resume("java-resume.json");

    InterviewPlanner.PracticeSet first = PLANNER.plan(engineer, null, 10, 0);
    InterviewPlanner.PracticeSet again = PLANNER.plan(engineer, null, 10, 0);
    InterviewPlanner.PracticeSet next = PLANNER.plan(engineer, null, 10, 1);

    assertThat(first.roles()).extracting(QuestionBank.Role::id).contains("backend-engineer");
    assertThat(again.questions()).isEqualTo(first.questions());
    Set<Question> overlap = new HashSet<>(first.questions());
    overlap.retainAll(next.questions());
    assertThat(overlap).isEmpty();
  }

  @Test
  void aDraftWithNoRecognisableRoleStillGetsBehaviouralQuestions() {
    InterviewPlanner.PracticeSet set = PLANNER.plan(Resume.of(null), null, 10, 0);

    assertThat(set.roles()).isEmpty();
    assertThat(set.questions()).hasSize(10).allMatch(q -> q.theme() != null);
  }

  private static Resume resume(String name) throws IOException {
    try (InputStream in = open(name)) {
      return CoachJson.mapper().readValue(in, Resume.class);
    }
  }

  private static String text(String name) throws IOException {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static InputStream open(String name) {
    return InterviewPlannerTest.class.getResourceAsStream(
        "/org/careercoach/desktop/service/jobmatch/" + name);
  }
}
