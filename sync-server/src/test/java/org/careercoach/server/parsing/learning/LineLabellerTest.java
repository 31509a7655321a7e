package org.careercoach.server.parsing.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LineLabellerTest {

  private static final String TRUTH =
      """
      {"basics": {"name": "Ana Maria Silva", "label": "Backend Engineer",
                  "email": "ana@example.com", "phone": "+1 415 555 0134",
                  "summary": "Engineer who builds dependable services for payments teams.",
                  "location": {"city": "Lisbon"}},
       "work": [{"name": "Acme Corp", "position": "Senior Backend Engineer",
                 "startDate": "2019-01",
                 "highlights": ["Led the payments platform rewrite across four teams"]}],
       "education": [{"institution": "University of Lisbon", "studyType": "Bachelor",
                      "area": "Computer Science"}],
       "skills": [{"name": "Languages", "keywords": ["Java", "Go", "SQL"]}]}
      """;
  private static final String META =
      """
      {"headings": {"work": "Where I've Worked", "education": "Schooling",
                    "skills": "Toolbox", "basics": "About"}}
      """;

  @Test
  void labelsEachLineByWhatTheTruthSaysItIs() {
    JsonNode truth = CoachJson.mapper().readTree(TRUTH);
    JsonNode meta = CoachJson.mapper().readTree(META);
    List<String> texts =
        List.of(
            "Ana Maria Silva",
            "Backend Engineer",
            "ana@example.com | (415) 555-0134 | Lisbon",
            "ABOUT",
            "Engineer who builds dependable services",
            "W H E R E  I ' V E  W O R K E D",
            "Acme Corp, Lisbon",
            "Senior Backend Engineer",
            "Jan 2019 – Present",
            "• Led the payments platform rewrite",
            "Schooling:",
            "University of Lisbon",
            "Bachelor of Computer Science",
            "Toolbox",
            "Languages: Java, Go, SQL",
            "Something nobody wrote down");
    List<LayoutLine> lines =
        texts.stream().map(t -> new LayoutLine(List.of(t), 1, 10, false, 0, null)).toList();

    List<LineLabel> labels = new LineLabeller(truth, meta).label(lines);

    assertThat(labels)
        .containsExactly(
            LineLabel.NAME,
            LineLabel.TITLE,
            LineLabel.CONTACT,
            LineLabel.HEADING_SUMMARY,
            LineLabel.SUMMARY_TEXT,
            LineLabel.HEADING_EXPERIENCE,
            LineLabel.ORGANISATION,
            LineLabel.ROLE,
            LineLabel.DATES,
            LineLabel.BULLET,
            LineLabel.HEADING_EDUCATION,
            LineLabel.ORGANISATION,
            LineLabel.ROLE,
            LineLabel.HEADING_SKILLS,
            LineLabel.SKILL,
            LineLabel.OTHER);
  }

  @Test
  void metaKeysNameTheirSections() {
    assertThat(LineLabeller.headingLabel("work")).contains(LineLabel.HEADING_EXPERIENCE);
    assertThat(LineLabeller.headingLabel("certificates")).contains(LineLabel.HEADING_CERTIFICATES);
    assertThat(LineLabeller.headingLabel("nonsense")).isEmpty();
  }
}
