package org.careercoach.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.careercoach.formats.Fixtures;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResumeJsonTest {

  @Test
  void theExportOfEveryDevelopmentSetResumeAndTheSampleIsValidAndReadsBackEqual() throws Exception {
    List<Path> files;
    try (Stream<Path> truths = Files.list(SharedData.require("eval/dev/truth"))) {
      files =
          truths.filter(p -> p.getFileName().toString().matches("r\\d+\\.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    List<Path> all =
        Stream.concat(
                files.stream(), Stream.of(SharedData.require("jsonresume/sample.resume.json")))
            .toList();

    for (Path file : all) {
      Resume resume = CoachJson.mapper().readValue(Files.readString(file), Resume.class);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ResumeJson.write(resume, out);
      String exported = out.toString(StandardCharsets.UTF_8);

      assertThat(JsonResumeSchema.get().validate(exported)).as(file.toString()).isEmpty();
      ImportResult back = ResumeJson.read(exported);
      assertThat(back).as(file.toString()).isInstanceOf(ImportResult.Imported.class);
      // Equal to the input, but for bare web addresses, which the export completes.
      JsonNode input = CoachJson.mapper().readTree(Files.readString(file));
      WebAddresses.complete(input);
      assertThat(CoachJson.mapper().readTree(exported)).as(file.toString()).isEqualTo(input);
      assertThat((JsonNode) CoachJson.mapper().valueToTree(((ImportResult.Imported) back).resume()))
          .as(file.toString())
          .isEqualTo(input);
    }
  }

  @Test
  void bareWebAddressesAreCompletedButNothingElseIsTouched() {
    ImportResult result =
        ResumeJson.read(
            """
            {"basics": {"url": "pragtob.info", "profiles": [{"url": "github.com/PragTob"},
              {"url": "https://x.example/a"}, {"network": "url", "username": "example.com"}]}}
            """);

    assertThat(result).isInstanceOf(ImportResult.Imported.class);
    var basics = ((ImportResult.Imported) result).resume().basics();
    assertThat(basics.url()).isEqualTo("https://pragtob.info");
    assertThat(basics.profiles())
        .extracting(p -> p.url() + " " + p.username())
        .containsExactly(
            "https://github.com/PragTob null", "https://x.example/a null", "null example.com");
    assertThat(WebAddresses.isBare("not an address")).isFalse();
    assertThat(WebAddresses.isBare("javascript:alert(1)")).isFalse();
  }

  @Test
  void theExportIsIndentedForPeopleToRead() {
    assertThat(ResumeJson.export(Fixtures.twoPages())).contains("\n  \"basics\" : {");
  }
}
