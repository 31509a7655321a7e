package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.careercoach.server.support.Uploads;

/**
 * Property-based fuzzing (jqwik): documents built from real resume shapes, then cut, overwritten or
 * spliced with noise. Whatever comes in, the parser answers a resume or a {@link ParseFailure}
 * within its time limit, never a parser bug ({@code INTERNAL}) nor a hang ({@code TIMEOUT}). Inputs
 * that ever broke it are kept as files in {@code src/test/resources/parser-regressions} and
 * replayed by {@link #knownRegressions()}.
 */
class ParserFuzzTest {

  private static final ResumeParser PARSER = new ResumeParser(Duration.ofSeconds(10));

  @Property(tries = 300, seed = "20261128")
  void anyDamagedDocumentEndsInAResumeOrAClearFailure(@ForAll("damagedDocuments") byte[] document) {
    assertParsesOrFailsCleanly(document);
  }

  @net.jqwik.api.Example
  void knownRegressions() throws IOException, URISyntaxException {
    Path folder = Path.of(ParserFuzzTest.class.getResource("/parser-regressions").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertParsesOrFailsCleanly(Files.readAllBytes(file));
      }
    }
  }

  /**
   * A resume, or a refusal that is a defence: never a parser bug ({@code INTERNAL}) nor a hang
   * ({@code TIMEOUT}). Such an input is a bug to fix and to keep in the regression folder.
   */
  static void assertParsesOrFailsCleanly(byte[] document) {
    try {
      assertThat(PARSER.parse(document, "fuzz")).isNotNull();
    } catch (ParseFailure refused) {
      assertThat(refused.getMessage()).isNotBlank();
      assertThat(refused.kind())
          .as("a parser bug or a hang, not a defence: %s", refused)
          .isNotIn(ParseFailure.Kind.INTERNAL, ParseFailure.Kind.TIMEOUT);
    }
  }

  @Provide
  Arbitrary<byte[]> damagedDocuments() {
    Arbitrary<byte[]> seeds = Arbitraries.of(seeds());
    Arbitrary<Integer> where = Arbitraries.integers().between(0, 100);
    Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
    Arbitrary<Integer> how = Arbitraries.integers().between(0, 3);
    return Combinators.combine(seeds, where, noise, how).as(ParserFuzzTest::damage);
  }

  private static byte[] damage(byte[] seed, int wherePercent, byte[] noise, int how) {
    int at = (int) ((long) seed.length * wherePercent / 100);
    return switch (how) {
      case 0 -> java.util.Arrays.copyOf(seed, at);
      case 1 -> {
        byte[] copy = seed.clone();
        System.arraycopy(noise, 0, copy, at, Math.min(noise.length, copy.length - at));
        yield copy;
      }
      case 2 -> {
        byte[] copy = new byte[seed.length + noise.length];
        System.arraycopy(seed, 0, copy, 0, at);
        System.arraycopy(noise, 0, copy, at, noise.length);
        System.arraycopy(seed, at, copy, at + noise.length, seed.length - at);
        yield copy;
      }
      default -> noise;
    };
  }

  private static List<byte[]> seeds() {
    return List.of(
        Uploads.pdf("Ana Maria Silva, engineer, 2019 - 2021"),
        Uploads.docx(
            "Ana Maria Silva\nExperience\nAcme | Engineer\nJan 2019 - Present\n- Built it"),
        "Ana Maria Silva\nana@example.com\n\nExperience\nAcme | Engineer\nJan 2019 - Present\n- Built it\n"
            .getBytes(StandardCharsets.UTF_8));
  }
}
