package org.careercoach.server.parsing.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Function;
import org.careercoach.server.parsing.ParseFailure;
import org.careercoach.server.parsing.text.Line;

/**
 * Coverage-guided fuzzing (Jazzer) of each extractor on raw bytes. In the normal build each method
 * replays only its inputs in {@code ExtractorFuzzTestInputs/<method>/} (seeds and regressions),
 * fast; with {@code JAZZER_FUZZ=1} (the {@code fuzz} Maven profile, one execution per method) it
 * fuzzes for a minute. An input the extractor answers with anything but lines or a defence (an
 * exception, {@code INTERNAL}, a hang) is a finding: fix it and keep it in that folder.
 */
class ExtractorFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void pdf(byte[] document) {
    assertLinesOrADefence(document, PdfExtractor::extract);
  }

  @FuzzTest(maxDuration = "60s")
  void docx(byte[] document) {
    assertLinesOrADefence(document, DocxExtractor::extract);
  }

  @FuzzTest(maxDuration = "60s")
  void txt(byte[] document) {
    assertLinesOrADefence(document, TxtExtractor::extract);
  }

  private static void assertLinesOrADefence(
      byte[] document, Function<byte[], List<Line>> extractor) {
    try {
      assertThat(extractor.apply(document)).isNotNull();
    } catch (ParseFailure refused) {
      assertThat(refused.kind())
          .as("a parser bug, not a defence: %s", refused)
          .isNotIn(ParseFailure.Kind.INTERNAL, ParseFailure.Kind.TIMEOUT);
    }
  }
}
