package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parses in a real child JVM; a blow-up there is a failure here, and this JVM carries on. */
class ChildJvmParserTest {

  @TempDir Path temp;

  @Test
  void parsesInAChildProcess() throws Exception {
    Path file = temp.resolve("cv.txt");
    Files.writeString(file, "Ana Maria Silva\nana@example.com\n");

    Resume resume = new ChildJvmParser("128m", Duration.ofSeconds(60)).parse(file);

    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
    assertThat(resume.basics().email()).isEqualTo("ana@example.com");
  }

  @Test
  void aReasonFromTheChildComesBackInWords() throws Exception {
    Path file = temp.resolve("broken.pdf");
    Files.writeString(file, "%PDF-1.7 nothing more", StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> new ChildJvmParser("128m", Duration.ofSeconds(60)).parse(file))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("PDF")
        .extracting(failure -> ((ParseFailure) failure).kind())
        .as("the child's kind crosses the process boundary")
        .isEqualTo(ParseFailure.Kind.UNREADABLE);
  }

  @Test
  void runningOutOfMemoryKillsOnlyTheChild() throws Exception {
    Path file = temp.resolve("huge.txt");
    byte[] text = new byte[19 * 1024 * 1024];
    java.util.Arrays.fill(text, (byte) 'a');
    Files.write(file, text);

    assertThatThrownBy(() -> new ChildJvmParser("16m", Duration.ofSeconds(60)).parse(file))
        .isInstanceOf(ParseFailure.class)
        .hasMessageContaining("memory")
        .extracting(failure -> ((ParseFailure) failure).kind())
        .isEqualTo(ParseFailure.Kind.INTERNAL);
  }
}
