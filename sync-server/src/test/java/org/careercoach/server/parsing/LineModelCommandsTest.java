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

/** The corpus → lines → model → parse round trip of ADR 0021 on a corpus of a few text resumes. */
class LineModelCommandsTest {

  @TempDir Path temp;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private void resume(Path layout, int n, String heading) throws Exception {
    String id = "r%03d".formatted(n);
    Files.writeString(
        layout.resolve("docs").resolve(id + ".txt"),
        """
        Person Number%1$d
        person%1$d@example.com

        %2$s
        Firm%1$d Ltd
        Engineer
        Jan 2019 - Present
        - Built the thing number %1$d for the team

        Education
        University of Place%1$d
        Bachelor of Science in Physics
        2010 - 2014
        """
            .formatted(n, heading));
    Files.writeString(
        layout.resolve("truth").resolve(id + ".json"),
        """
        {"basics": {"name": "Person Number%1$d", "email": "person%1$d@example.com"},
         "work": [{"name": "Firm%1$d Ltd", "position": "Engineer", "startDate": "2019-01",
                   "highlights": ["Built the thing number %1$d for the team"]}],
         "education": [{"institution": "University of Place%1$d", "studyType": "Bachelor",
                        "area": "Physics", "startDate": "2010", "endDate": "2014"}]}
        """
            .formatted(n));
    Files.writeString(
        layout.resolve("meta").resolve(id + ".json"),
        """
        {"headings": {"work": "%s", "education": "Education"}}
        """
            .formatted(heading));
  }

  @Test
  void labelsACorpusTrainsOnItAndParsesWithTheModel() throws Exception {
    Path corpus = temp.resolve("corpus");
    Path layout = corpus.resolve("plain");
    for (String part : List.of("docs", "truth", "meta")) {
      Files.createDirectories(layout.resolve(part));
    }
    Files.writeString(
        corpus.resolve("layouts.json"),
        """
        [{"id": "plain", "group": "txt-plain", "format": "txt"}]
        """);
    for (int n = 1; n <= 12; n++) {
      resume(layout, n, n % 2 == 0 ? "Jobs I Held" : "Places I Toiled");
    }
    Path lines = temp.resolve("lines.jsonl.gz");

    assertThat(run(LinesCommand::run, corpus.toString(), "--out", lines.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("12 documents");

    Path model = temp.resolve("lines.model");
    assertThat(run(TrainLinesCommand::run, lines.toString(), "--out", model.toString())).isZero();
    assertThat(model).isNotEmptyFile();

    Files.writeString(
        temp.resolve("new.txt"),
        """
        Jane Roe
        jane@example.com

        Jobs I Held
        Initech Ltd
        Engineer
        Feb 2018 - Present
        - Kept the lights on
        """);
    Path parsed = temp.resolve("out");
    int code =
        ParseCommand.run(
            List.of(
                temp.resolve("new.txt").toString(),
                "--model",
                model.toString(),
                "--out",
                parsed.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    Resume resume =
        CoachJson.mapper()
            .readValue(Files.readString(parsed.resolve("new.txt.json")), Resume.class);
    assertThat(resume.work()).isNotNull();
    assertThat(resume.work().get(0).name()).isEqualTo("Initech Ltd");
  }

  @Test
  void badArgumentsAndMissingFilesAreUsageErrors() {
    assertThat(run(LinesCommand::run, temp.toString(), "--out", "x.gz")).isEqualTo(2);
    assertThat(run(TrainLinesCommand::run, "missing.gz", "--out", "m")).isEqualTo(2);
    assertThat(run(TrainLinesCommand::run, "a.gz", "--seed", "x", "--out", "m")).isEqualTo(2);
    assertThat(
            ParseCommand.run(
                List.of("--model", temp.resolve("nope").toString(), "x", "--out", "y"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  interface Command {
    int run(List<String> args, PrintStream out, PrintStream err);
  }

  private int run(Command command, String... args) {
    return command.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }
}
