package org.careercoach.server.parsing.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DegreesTest {

  private static final List<String> KINDS =
      List.of(
          "Bachelor of Science",
          "Bachelor of Arts",
          "BSc",
          "B.Sc.",
          "BA",
          "B.A.",
          "B.S.",
          "BS",
          "Bachelor",
          "Bachelor of Engineering",
          "B.Eng.",
          "BEng",
          "B.Com",
          "Bachelor's degree",
          "Master of Science",
          "Master of Arts",
          "MSc",
          "M.Sc.",
          "MA",
          "M.A.",
          "M.S.",
          "MS",
          "Master",
          "MBA",
          "M.Eng.",
          "Master's degree",
          "LLM",
          "MEd",
          "PhD",
          "Ph.D.",
          "DPhil",
          "Doctor of Philosophy",
          "Doctorate",
          "JD",
          "Diploma",
          "Associate Degree",
          "Associate of Applied Science",
          "Certificate",
          "Higher National Diploma",
          "HND",
          "Advanced Diploma",
          "Postgraduate Certificate",
          "Bachelor of Nursing",
          "B.Tech",
          "Licence");

  /** Each kind of degree in each way a field is set beside it. */
  static Stream<Arguments> spellings() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String kind : KINDS) {
      cases.add(Arguments.of(kind + " in Mechanical Engineering", kind, "Mechanical Engineering"));
      cases.add(Arguments.of(kind + ", Mechanical Engineering", kind, "Mechanical Engineering"));
      cases.add(Arguments.of(kind + " (Mechanical Engineering)", kind, "Mechanical Engineering"));
      cases.add(Arguments.of("Mechanical Engineering, " + kind, kind, "Mechanical Engineering"));
      cases.add(
          Arguments.of("Mechanical Engineering (" + kind + ")", kind, "Mechanical Engineering"));
      cases.add(Arguments.of(kind + ": Mechanical Engineering", kind, "Mechanical Engineering"));
      cases.add(Arguments.of(kind + " – Mechanical Engineering", kind, "Mechanical Engineering"));
      cases.add(Arguments.of(kind, kind, null));
      if (!kind.contains(" of ")) {
        cases.add(Arguments.of(kind + " Mechanical Engineering", kind, "Mechanical Engineering"));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spellings")
  void splitsKindAndField(String text, String studyType, String area) {
    Degrees.Degree degree = Degrees.read(text).orElseThrow();

    assertThat(degree.studyType()).as("studyType of %s", text).isEqualTo(studyType);
    assertThat(degree.area()).as("area of %s", text).isEqualTo(area);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Bachelor of Science (BSc) in Chemistry       | Bachelor of Science | Chemistry",
        "BSc (Hons) Computer Science                  | BSc                 | Computer Science",
        "B.S. in Computer Science, minor in Economics | B.S.                | Computer Science",
        "Master of Science in Nursing                 | Master of Science   | Nursing",
        "Bachelor of Computer Science                 | Bachelor            | Computer Science",
        "MBA, Finance; GPA 3.8                        | MBA                 | Finance",
        "Ph.D. in Physics (thesis: Dark matter)       | Ph.D.               | Physics",
        "Bachelors in Business Administration         | Bachelors           | Business Administration",
        "Master's degree in Nursing                   | Master's degree     | Nursing",
        "High School Diploma                          | High School Diploma | -",
      })
  void readsTheLongerForms(String text, String studyType, String area) {
    Degrees.Degree degree = Degrees.read(text).orElseThrow();

    assertThat(degree.studyType()).isEqualTo(studyType);
    assertThat(degree.area()).isEqualTo(area);
  }

  @ParameterizedTest
  @CsvSource({
    "University of Toronto",
    "Boston College",
    "Senior Software Engineer",
    "Worked as a barista",
    "Mastered the art of baking",
    "Managed a team of 12",
    "Baker",
  })
  void findsNoDegreeWhereThereIsNone(String text) {
    assertThat(Degrees.read(text)).isEmpty();
  }
}
