package org.careercoach.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.UUID;
import org.careercoach.model.api.Page;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.careercoach.model.api.TokenPair;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class CoachJsonTest {

  private final JsonMapper json = CoachJson.mapper();

  @Test
  void unknownFieldsAreKeptAndWrittenBack() {
    String in =
        "{\"basics\":{\"name\":\"Ana\",\"pronouns\":\"she/her\",\"x-theme\":{\"accent\":[1,2]}},"
            + "\"work\":[{\"company\":\"Old field name\",\"name\":\"Acme\"}],\"x-app\":true}";

    Resume resume = json.readValue(in, Resume.class);

    assertThat(resume.basics().extensions()).containsOnlyKeys("pronouns", "x-theme");
    assertThat(resume.work().get(0).extensions()).containsOnlyKeys("company");
    assertThat((Object) json.valueToTree(resume)).isEqualTo(json.readTree(in));
  }

  @Test
  void absentFieldsStayAbsent() {
    assertThat(json.writeValueAsString(json.readValue("{\"work\":[]}", Resume.class)))
        .isEqualTo("{\"work\":[]}");
  }

  @Test
  void writesInstantsAsIsoTextAndReadsThemBack() {
    ResumeFile file =
        new ResumeFile(
            UUID.fromString("00000000-0000-0000-0000-000000000001"),
            "cv.pdf",
            "application/pdf",
            42,
            "ab",
            ResumeStatus.PARSED,
            Instant.parse("2026-11-28T10:15:30Z"),
            null);

    String written = json.writeValueAsString(file);

    assertThat(written).contains("\"createdAt\":\"2026-11-28T10:15:30Z\"");
    assertThat(json.readValue(written, ResumeFile.class)).isEqualTo(file);
  }

  @Test
  void readsGenericPages() {
    Page<TokenPair> page =
        json.readValue(
            "{\"items\":[{\"accessToken\":\"a\",\"refreshToken\":\"r\",\"tokenType\":\"Bearer\","
                + "\"expiresIn\":900}],\"total\":1,\"page\":0,\"size\":20}",
            new TypeReference<Page<TokenPair>>() {});

    assertThat(page.items()).containsExactly(TokenPair.bearer("a", "r", 900));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "number for text      | {\"basics\":{\"name\":123}}                  | basics.name",
        "boolean for text     | {\"basics\":{\"email\":true}}                | basics.email",
        "object for text      | {\"basics\":{\"label\":{}}}                  | basics.label",
        "text for a list      | {\"work\":\"Acme\"}                          | work",
        "null in a list       | {\"skills\":[{\"keywords\":[\"a\",null]}]}   | skills[0].keywords[1]",
        "invalid date         | {\"work\":[{},{\"startDate\":\"2019-13\"}]}  | work[1].startDate",
        "date in words        | {\"education\":[{\"endDate\":\"June 2019\"}]} | education[0].endDate",
        "number for a date    | {\"awards\":[{\"date\":2019}]}              | awards[0].date",
      })
  void wrongResumeInputNamesTheField(String what, String in, String field) {
    JacksonException error = catchThrowableOfType(JacksonException.class, () -> read(in));

    assertThat(CoachJson.fieldPath(error)).isEqualTo(field);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown enum constant  | {\"status\":\"DONE\"}     | status",
        "enum by number         | {\"status\":1}            | status",
        "empty enum             | {\"status\":\"\"}         | status",
        "text for a number      | {\"size\":\"12\"}         | size",
        "null for a primitive   | {\"size\":null}           | size",
        "a date that is no date | {\"createdAt\":\"today\"} | createdAt",
      })
  void wrongApiInputNamesTheField(String what, String in, String field) {
    JacksonException error =
        catchThrowableOfType(JacksonException.class, () -> json.readValue(in, ResumeFile.class));

    assertThat(CoachJson.fieldPath(error)).isEqualTo(field);
  }

  @Test
  void aTenMegabyteStringIsRefusedNamingTheField() {
    String huge = "x".repeat(10 * 1024 * 1024);

    JacksonException error =
        catchThrowableOfType(
            JacksonException.class, () -> read("{\"basics\":{\"summary\":\"" + huge + "\"}}"));

    assertThat(CoachJson.fieldPath(error)).isEqualTo("basics.summary");
    assertThat(error.getMessage()).contains("String value length");
  }

  @Test
  void deepNestingIsRefusedNamingTheField() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    JacksonException error =
        catchThrowableOfType(JacksonException.class, () -> read("{\"meta\":{\"x\":" + deep + "}}"));

    assertThat(CoachJson.fieldPath(error)).startsWith("meta.x");
    assertThat(error.getMessage()).contains("nesting depth");
  }

  @Test
  void trailingGarbageIsAnError() {
    catchThrowableOfType(JacksonException.class, () -> read("{\"work\":[]} {}"));
  }

  private Resume read(String in) {
    return json.readValue(in, Resume.class);
  }
}
