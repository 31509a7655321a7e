package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.desktop.service.interview.Question;
import org.junit.jupiter.api.Test;

class GeneratedQuestionsTest {

  @Test
  void labelledLinesBecomeQuestionsOfTheirKindWhateverTheNumberingOrBullets() {
    List<Question> questions =
        GeneratedQuestions.read(
            "Here are eight questions for you:\n\n"
                + "1. Technical: How would you shard a payments ledger?\n"
                + "- **Behavioral:** Tell me about a time you disagreed with a lead.\n"
                + "Behavioural – Describe a failure and what you changed after it.\n"
                + "* What drew you to this role?\n");

    assertThat(questions)
        .extracting(Question::question)
        .containsExactly(
            "How would you shard a payments ledger?",
            "Tell me about a time you disagreed with a lead.",
            "Describe a failure and what you changed after it.",
            "What drew you to this role?");
    assertThat(questions)
        .extracting(Question::kind)
        .containsExactly("technical", "behavioural", "behavioural", "technical");
    assertThat(questions.get(1).theme()).isEqualTo(GeneratedQuestions.SOURCE);
    assertThat(questions.get(0).skill()).isEqualTo(GeneratedQuestions.SOURCE);
    assertThat(questions).allSatisfy(q -> assertThat(q.goodAnswer()).isEmpty());
  }

  @Test
  void proseRepeatsAndAFloodAreLeftOut() {
    StringBuilder flood = new StringBuilder("Sure! Good luck.\n");
    for (int i = 0; i < 50; i++) {
      flood.append("Technical: Question number ").append(i).append("?\n");
    }
    flood.append("Technical: Question number 1?\n");

    List<Question> questions = GeneratedQuestions.read(flood.toString());

    assertThat(questions).hasSize(GeneratedQuestions.MAX_QUESTIONS);
    assertThat(questions).extracting(Question::id).doesNotHaveDuplicates();
    assertThat(GeneratedQuestions.read("No questions today.\n\n")).isEmpty();
  }
}
