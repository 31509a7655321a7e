package org.careercoach.model.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.junit.jupiter.api.Test;

class ParseProvenanceTest {

  private static final String PARSED =
      """
      {"basics":{"name":"Ada Lovelace","email":"ada@example.org"},
       "meta":{"version":"v1","x-careercoach":{
         "parser":"heuristic",
         "pages":[{"number":1,"width":595.0,"height":842.0}],
         "lines":[{"number":1,"page":1,"text":"Ada Lovelace","box":{"x":72,"y":60,"width":120,"height":18}},
                  {"number":2,"page":1,"text":"ada@example.org"}],
         "fields":{"basics.name":{"confidence":0.9,"page":1,"line":1,
                                  "box":{"x":72,"y":60,"width":120,"height":18}},
                   "basics.email":{"confidence":0.98,"page":1,"line":2}},
         "future":"a field a later parser adds"}}}
      """;

  @Test
  void readsWhatTheParserLeftUnderMeta() {
    Resume parsed = CoachJson.mapper().readValue(PARSED, Resume.class);

    ParseProvenance provenance = ParseProvenance.of(parsed).orElseThrow();

    assertThat(provenance.parser()).isEqualTo("heuristic");
    assertThat(provenance.pages()).containsExactly(new ParseProvenance.SourcePage(1, 595, 842));
    assertThat(provenance.lines()).hasSize(2);
    assertThat(provenance.lines().get(1).box()).isNull();
    assertThat(provenance.fields().get("basics.name").box())
        .isEqualTo(new ParseProvenance.Box(72, 60, 120, 18));
    assertThat(provenance.fields().get("basics.email").confidence()).isEqualTo(0.98);
  }

  @Test
  void withoutProvenanceKeepsTheRestOfMeta() {
    Resume parsed = CoachJson.mapper().readValue(PARSED, Resume.class);

    Resume plain = ParseProvenance.withoutProvenance(parsed);

    assertThat(plain.meta().version()).isEqualTo("v1");
    assertThat(plain.meta().extensions()).doesNotContainKey(ParseProvenance.META_KEY);
    assertThat(plain.basics()).isEqualTo(parsed.basics());
    assertThat(ParseProvenance.of(plain)).isEmpty();
  }

  @Test
  void aResumeWithoutProvenanceHasNone() {
    Resume plain = CoachJson.mapper().readValue("{\"basics\":{\"name\":\"X Y\"}}", Resume.class);

    assertThat(ParseProvenance.of(plain)).isEmpty();
    assertThat(ParseProvenance.withoutProvenance(plain)).isSameAs(plain);
  }

  @Test
  void provenanceOfAnotherShapeIsIgnoredNotThrown() {
    Resume odd =
        CoachJson.mapper()
            .readValue("{\"meta\":{\"x-careercoach\":{\"fields\":[1,2]}}}", Resume.class);

    assertThat(ParseProvenance.of(odd)).isEmpty();
  }
}
