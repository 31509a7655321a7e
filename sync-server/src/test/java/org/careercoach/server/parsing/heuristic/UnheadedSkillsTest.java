package org.careercoach.server.parsing.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careercoach.server.parsing.learning.LineLabel;
import org.careercoach.server.parsing.learning.LineModel;
import org.careercoach.server.parsing.text.Line;
import org.junit.jupiter.api.Test;

/** A sidebar's skill list without a heading, told by what the model reads each line as. */
class UnheadedSkillsTest {

  private final List<Line> lines = new ArrayList<>();
  private final List<LineModel.Prediction> predictions = new ArrayList<>();

  private void line(String text, LineLabel label) {
    lines.add(new Line(List.of(text), 2, lines.size() + 1, 14f, false));
    float[] probabilities = new float[LineLabel.values().length];
    probabilities[label.ordinal()] = 1f;
    predictions.add(new LineModel.Prediction(label, 1f, probabilities));
  }

  private Map<Section, List<Line>> summaryOfAll() {
    Map<Section, List<Line>> sections = new EnumMap<>(Section.class);
    sections.put(Section.SUMMARY, new ArrayList<>(lines));
    return sections;
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::text).toList();
  }

  @Test
  void theLongestRunOfSkillLinesInTheSidebarIsTheSkillsSection() {
    line("Rotterdam, Holland", LineLabel.CONTACT);
    line("\uf10b", LineLabel.OTHER);
    line("+61 449 067 233", LineLabel.CONTACT);
    line("PATIENT ASSESSMENT", LineLabel.SKILL);
    line("TRIAGE", LineLabel.SKILL);
    line("MEDICATION ADMINISTRATION", LineLabel.OTHER);
    line("EPIC", LineLabel.SKILL);
    line("NIHSS", LineLabel.SKILL);
    line("Languages spoken at home and at work", LineLabel.OTHER);
    Map<Section, List<Line>> sections = summaryOfAll();

    UnheadedSkills.find(sections, LineRoles.of(lines, predictions));

    assertThat(texts(sections.get(Section.SKILLS)))
        .containsExactly(
            "PATIENT ASSESSMENT", "TRIAGE", "MEDICATION ADMINISTRATION", "EPIC", "NIHSS");
    assertThat(texts(sections.get(Section.SUMMARY)))
        .containsExactly(
            "Rotterdam, Holland",
            "\uf10b",
            "+61 449 067 233",
            "Languages spoken at home and at work");
  }

  @Test
  void aDocumentWithASkillsSectionOrAShortListKeepsItsLinesWhereTheyAre() {
    line("Patient Assessment", LineLabel.SKILL);
    line("Triage", LineLabel.SKILL);
    line("Epic", LineLabel.SKILL);
    Map<Section, List<Line>> three = summaryOfAll();
    UnheadedSkills.find(three, LineRoles.of(lines, predictions));
    assertThat(three).doesNotContainKey(Section.SKILLS);

    line("NIHSS", LineLabel.SKILL);
    Map<Section, List<Line>> withSkills = summaryOfAll();
    withSkills.put(Section.SKILLS, new ArrayList<>(List.of(lines.get(0))));
    UnheadedSkills.find(withSkills, LineRoles.of(lines, predictions));
    assertThat(withSkills.get(Section.SUMMARY)).hasSize(4);
  }
}
