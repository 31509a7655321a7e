package org.careercoach.formats.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.formats.FieldProblem;
import org.junit.jupiter.api.Test;

class JsonResumeSchemaTest {

  private final JsonResumeSchema schema = JsonResumeSchema.get();

  @Test
  void aValidResumeHasNoProblems() {
    assertThat(
            schema.validate(
                """
                {"basics": {"name": "Ana", "email": "ana@example.com"},
                 "work": [{"name": "Acme", "startDate": "2019-04", "url": "https://acme.example"}]}
                """))
        .isEmpty();
  }

  @Test
  void eachProblemHasItsPathAndAMessageInWords() {
    List<FieldProblem> problems =
        schema.validate(
            """
            {"basics": {"email": "not-an-email", "url": "acme dot com"},
             "work": [{"name": "Acme", "startDate": "April 2019"}, {"highlights": "one"}],
             "skills": {"name": "Java"}}
            """);

    assertThat(problems)
        .containsExactlyInAnyOrder(
            new FieldProblem("$.basics.email", "'not-an-email' is not an email address"),
            new FieldProblem(
                "$.basics.url", "'acme dot com' is not a full web address: start it with https://"),
            new FieldProblem("$.work[0].startDate", "'April 2019' " + JsonResumeSchema.DATE_ADVICE),
            new FieldProblem("$.work[1].highlights", "must be a list, not text"),
            new FieldProblem("$.skills", "must be a list, not an object with fields"));
  }

  @Test
  void textThatIsNotJsonIsOneProblemAtTheRoot() {
    List<FieldProblem> problems = schema.validate("{\"basics\": ");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$");
    assertThat(problems.get(0).message()).startsWith("is not valid JSON (line 1, column");
  }
}
