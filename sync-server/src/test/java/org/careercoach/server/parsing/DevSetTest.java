package org.careercoach.server.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every development resume (PDF, DOCX, TXT) parses, and the fields the parser is surest of match
 * the truth. The full field-by-field score comes from ../shared/eval/score.py (docs/benchmarks.md).
 */
class DevSetTest {

  @Test
  void everyDevelopmentResumeParsesWithTheRightContactDetails() throws Exception {
    Path docs = SharedData.require("eval/dev/docs");
    Path truth = SharedData.require("eval/dev/truth");
    ResumeParser parser = new ResumeParser();
    List<Path> files;
    try (Stream<Path> listing = Files.list(docs)) {
      files =
          listing.filter(p -> p.toString().matches(".*r\\d+\\.(pdf|docx|txt)$")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(60);
    int named = 0;
    for (Path file : files) {
      String id = file.getFileName().toString().replaceAll("\\..*$", "");
      JsonNode expected =
          CoachJson.mapper().readTree(Files.readString(truth.resolve(id + ".json")));
      Resume parsed = parser.parse(file);
      assertThat(parsed.basics().email())
          .as(file.getFileName().toString())
          .isEqualToIgnoringCase(expected.at("/basics/email").asString());
      named += parsed.basics().name() != null ? 1 : 0;
      assertThat(parsed.work()).as(file.getFileName() + " finds jobs").isNotEmpty();
    }
    assertThat(named).isGreaterThanOrEqualTo(files.size() * 85 / 100);
  }
}
