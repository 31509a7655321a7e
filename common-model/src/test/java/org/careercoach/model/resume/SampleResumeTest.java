package org.careercoach.model.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.careercoach.model.SharedData;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

class SampleResumeTest {

  private final JsonMapper json = CoachJson.mapper();

  @Test
  void officialSampleRoundTripsToAnEqualJsonTree() throws IOException {
    String sample = Files.readString(SharedData.require("jsonresume/sample.resume.json"));

    Resume resume = json.readValue(sample, Resume.class);
    JsonNode written = json.valueToTree(resume);

    assertThat(written).isEqualTo(json.readTree(sample));
    assertThat(resume.basics().name()).isEqualTo("Richard Hendriks");
    assertThat(resume.work().get(0).startDate()).isEqualTo(PartialDate.of(2013, 12, 1));
  }

  @Test
  void whatTheModelWritesValidatesAgainstTheOfficialSchema() throws IOException {
    Schema schema = officialSchema();
    String sample = Files.readString(SharedData.require("jsonresume/sample.resume.json"));

    String fromSample = json.writeValueAsString(json.readValue(sample, Resume.class));
    String built = json.writeValueAsString(resumeWithEveryKindOfDate());

    assertThat(schema.validate(fromSample, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(built, InputFormat.JSON)).isEmpty();
  }

  @Test
  void theSchemaCheckCatchesAnInvalidDocument() throws IOException {
    List<Error> errors = officialSchema().validate("{\"work\":{\"name\":1}}", InputFormat.JSON);

    assertThat(errors).isNotEmpty();
  }

  private Schema officialSchema() throws IOException {
    String schema = Files.readString(SharedData.require("jsonresume/schema.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
  }

  private static Resume resumeWithEveryKindOfDate() {
    Location home = new Location(null, null, "Lisbon", "PT", null, Map.of());
    Basics basics =
        new Basics(
            "Ana Silva",
            "Engineer",
            null,
            "ana@example.com",
            null,
            null,
            "Builds things.",
            home,
            List.of(new Profile("GitHub", "ana", "https://github.com/ana", Map.of())),
            Map.of());
    Work work =
        new Work(
            "Acme",
            null,
            null,
            "Developer",
            null,
            PartialDate.ofYear(2019),
            PartialDate.ofMonth(2021, 4),
            null,
            List.of("Shipped the parser"),
            Map.of("company", StringNode.valueOf("Acme Ltd")));
    Education school =
        new Education(
            "Uni", null, "CS", "BSc", PartialDate.of(2012, 9, 1), null, null, null, Map.of());
    return new Resume(
        null,
        basics,
        List.of(work),
        null,
        List.of(school),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Map.of());
  }
}
