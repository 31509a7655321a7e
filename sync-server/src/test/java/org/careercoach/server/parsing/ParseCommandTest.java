package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  @TempDir Path temp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void writesOneJsonResumePerInputNamedAfterTheWholeFileName() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.writeString(in.resolve("r001.txt"), "Ana Maria Silva\nana@example.com\n");
    Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7 nothing else");
    Path outDir = temp.resolve("out");

    int code = run(in.toString(), "--out", outDir.toString());

    assertThat(code).isZero();
    Resume resume =
        CoachJson.mapper()
            .readValue(Files.readString(outDir.resolve("r001.txt.json")), Resume.class);
    assertThat(resume.basics().email()).isEqualTo("ana@example.com");
    assertThat(outDir.resolve("broken.pdf.json")).doesNotExist();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("FAILED broken.pdf: ").contains("parsed 1 of 2 files, 1 failed");
  }

  @Test
  void isolatedParsingGivesTheSameFilesFromChildProcesses() throws Exception {
    Path in = Files.createDirectories(temp.resolve("in2"));
    Files.writeString(in.resolve("r002.txt"), "Ana Maria Silva\nana@example.com\n");
    Path outDir = temp.resolve("out2");

    assertThat(run("--isolate=128m", in.toString(), "--out", outDir.toString())).isZero();

    Resume resume =
        CoachJson.mapper()
            .readValue(Files.readString(outDir.resolve("r002.txt.json")), Resume.class);
    assertThat(resume.basics().name()).isEqualTo("Ana Maria Silva");
  }

  @Test
  void usageErrorsExitNonZero() {
    assertThat(run("some.pdf")).isEqualTo(2);
    assertThat(run("--out", temp.toString())).isEqualTo(2);
    assertThat(run(temp.resolve("missing.pdf").toString(), "--out", temp.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  private int run(String... args) {
    return ParseCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
