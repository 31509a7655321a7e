package org.careercoach.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careercoach.formats.FieldProblem;
import org.careercoach.formats.Fixtures;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports real files from disk, good and bad. */
class ResumeImportTest {

  @TempDir Path dir;

  @Test
  void theOfficialSampleImportsWhole() throws Exception {
    Path file = SharedData.require("jsonresume/sample.resume.json");

    ImportResult result = ResumeImport.read(file);

    Resume expected = CoachJson.mapper().readValue(Files.readString(file), Resume.class);
    assertThat(result).isEqualTo(new ImportResult.Imported(expected));
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    String json = ResumeJson.export(Fixtures.twoPages());
    Path file = write("bom.json", ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));

    assertThat(ResumeImport.read(file)).isEqualTo(new ImportResult.Imported(Fixtures.twoPages()));
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedWithWhereTheBadByteIs() throws Exception {
    byte[] latin1 = "{\"basics\": {\"name\": \"José\"}}".getBytes(StandardCharsets.ISO_8859_1);
    Path file = write("latin1.json", latin1);

    assertThat(problems(file))
        .containsExactly(
            new FieldProblem(
                "$",
                "is not UTF-8 text (a byte that UTF-8 does not allow is near byte 24): save it as"
                    + " UTF-8 and try again"));
  }

  @Test
  void aFileThatIsNotJsonIsRefusedWithTheLine() throws Exception {
    Path file =
        write("cut.json", "{\n  \"basics\": {\"name\": \"Ana\"\n".getBytes(StandardCharsets.UTF_8));

    List<FieldProblem> problems = problems(file);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$");
    assertThat(problems.get(0).message()).startsWith("is not valid JSON (line 3,");
  }

  @Test
  void anArrayOrAnEmptyFileIsRefused() throws Exception {
    assertThat(problems(write("array.json", "[{}]".getBytes(StandardCharsets.UTF_8))))
        .containsExactly(new FieldProblem("$", "must be a JSON object (a resume), not a list"));
    assertThat(problems(write("empty.json", "  \n".getBytes(StandardCharsets.UTF_8))))
        .containsExactly(
            new FieldProblem("$", "is empty: a JSON Resume file holds one JSON object"));
  }

  @Test
  void schemaProblemsAreAllReportedWithTheirPaths() throws Exception {
    Path file =
        write(
            "bad.json",
            """
            {"basics": {"name": "Ana", "email": "ana at example"},
             "work": [{"name": "Acme", "startDate": "2019/04"}],
             "education": [{"institution": "Uni", "courses": "maths"}]}
            """
                .getBytes(StandardCharsets.UTF_8));

    assertThat(problems(file))
        .extracting(FieldProblem::path)
        .containsExactly("$.basics.email", "$.education[0].courses", "$.work[0].startDate");
  }

  @Test
  void datesThePatternAllowsButTheCalendarDoesNotAreAllReported() throws Exception {
    Path file =
        write(
            "dates.json",
            """
            {"work": [{"name": "Acme", "startDate": "2019-13", "endDate": "2020-02-30"}],
             "awards": [{"title": "Prize", "date": "2019-00"}]}
            """
                .getBytes(StandardCharsets.UTF_8));

    List<FieldProblem> problems = problems(file);

    assertThat(problems)
        .extracting(FieldProblem::path)
        .containsExactly("$.awards[0].date", "$.work[0].endDate", "$.work[0].startDate");
    assertThat(problems.get(2).message()).startsWith("'2019-13' is not a date");
  }

  @Test
  void aFileOverTheCapIsRefusedBeforeItIsRead() throws Exception {
    byte[] big = new byte[(int) ResumeImport.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    Path file = write("big.json", big);

    assertThat(problems(file))
        .containsExactly(new FieldProblem("$", "is 5.0 MB; a resume file can be at most 5 MB"));
  }

  @Test
  void aMissingFileIsAProblemNotAnError() {
    assertThat(problems(dir.resolve("nowhere.json")))
        .containsExactly(new FieldProblem("$", "is not a file that can be read: nowhere.json"));
  }

  private static List<FieldProblem> problems(Path file) {
    ImportResult result = ResumeImport.read(file);
    assertThat(result).isInstanceOf(ImportResult.Refused.class);
    return ((ImportResult.Refused) result).problems();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }
}
