package org.careercoach.desktop.service.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.ModelDisclosure;
import org.junit.jupiter.api.Test;

class DisclosureTextTest {

  @Test
  void aServerWithoutAModelSaysNothingIsSentForCoaching() {
    String text = DisclosureText.of(new ModelDisclosure("", Map.of(), 0, 0, List.of()));

    assertThat(text)
        .startsWith("This server has no AI model for coaching: nothing is sent")
        .contains("no file goes to an AI model");
  }

  @Test
  void eachTaskAndEachOtherUseIsListedWithItsExactInstructionsInTheServersOrder() {
    Map<String, String> instructions = new LinkedHashMap<>();
    instructions.put("ANSWER_FEEDBACK", "Be kind.");
    instructions.put("REWRITE", "Be brief.");
    instructions.put("SOMETHING_NEW", "Be new.");

    String text =
        DisclosureText.of(
            new ModelDisclosure(
                "openai:gpt-test",
                instructions,
                50_000,
                1_234,
                List.of(
                    new ModelDisclosure.OtherUse(
                        "Reading your uploaded resume files into drafts",
                        "anthropic:claude-x",
                        "Convert it.",
                        "The text of each file."))));

    assertThat(text)
        .contains("Coaching model: openai:gpt-test.")
        .contains("Your daily allowance: 50,000 tokens; used today: 1,234.")
        .contains("Feedback on an answer: the practice question and your answer.")
        .contains("Instructions sent with it: \"Be kind.\"")
        .contains("SOMETHING_NEW\nInstructions sent with it: \"Be new.\"")
        .contains(
            "Reading your uploaded resume files into drafts (set by the server's operator,"
                + " whatever you choose here): anthropic:claude-x.\nWhat goes: The text of each"
                + " file.\nInstructions sent with it: \"Convert it.\"")
        .doesNotContain("no file goes to an AI model");
    assertThat(text.indexOf("Feedback on an answer"))
        .isLessThan(text.indexOf("Rewrite suggestions"));
  }
}
