package org.careercoach.desktop.service.jobmatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SkillVocabularyTest {

  @Test
  void theShippedListIsLargeAndNoSpellingBelongsToTwoSkills() throws IOException {
    Map<String, String> owner = new HashMap<>();
    int skills = 0;
    try (InputStream in = SkillVocabulary.class.getResourceAsStream("skills.txt")) {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        skills++;
        String[] names = line.split("\\|");
        for (String name : names) {
          String spelling = name.strip().toLowerCase(Locale.ROOT);
          String before = owner.putIfAbsent(spelling, names[0]);
          assertThat(before).as("“%s” under %s and %s", spelling, before, names[0]).isNull();
        }
      }
    }
    assertThat(skills).isGreaterThanOrEqualTo(400);
    assertThat(SkillVocabulary.shipped().size()).isEqualTo(skills);
  }

  @Test
  void namesAreFoundOnlyAsWholeWordsWithTheirSymbols() {
    SkillVocabulary skills =
        new SkillVocabulary(
            Map.of(
                "java", "Java",
                "javascript", "JavaScript",
                "c++", "C++",
                "node.js", "Node.js",
                "spring boot", "Spring Framework",
                "go language", "Go (language)",
                "golang", "Go (language)"));

    assertThat(skills.find("JavaScript, C++, Node.js and Spring Boot; golang."))
        .containsExactly("JavaScript", "C++", "Node.js", "Spring Framework", "Go (language)");
    assertThat(skills.find("We go to javascripts and c+ and java-like things"))
        .containsExactly("Java");
    assertThat(skills.find("Java/Kotlin")).containsExactly("Java");
    assertThat(skills.find(List.of().toString())).isEmpty();
  }

  @Test
  void aQualifiedNameIsShownButNeverMatchedAsTheBareWord() {
    assertThat(SkillVocabulary.shipped().find("Let's go and see the spring rest of it")).isEmpty();
  }
}
