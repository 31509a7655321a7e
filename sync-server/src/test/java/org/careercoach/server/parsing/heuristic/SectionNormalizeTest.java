package org.careercoach.server.parsing.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SectionNormalizeTest {

  /** The definition the fast path must agree with: the regular expressions it replaces. */
  private static String byRegex(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replaceAll("[^a-z ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Test
  void asciiHeadingsNormalizeAsTheRegularExpressionsDo() {
    for (String text :
        List.of(
            "Work  Experience:",
            "Skills & Tools",
            "Honors&Awards",
            "&Awards",
            " E X P E R I E N C E ",
            "2019 Projects (3)",
            "education",
            "",
            "  ",
            "A & B")) {
      assertThat(Section.normalize(text)).as(text).isEqualTo(byRegex(text));
    }
  }

  @Test
  void accentsAreDropped() {
    assertThat(Section.normalize("Éducation")).isEqualTo("education");
    assertThat(Section.ofHeading("Expérience")).contains(Section.EXPERIENCE);
  }
}
