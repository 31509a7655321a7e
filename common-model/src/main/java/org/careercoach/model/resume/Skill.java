package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A skill with its level and keywords. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Skill(
    String name,
    String level,
    List<String> keywords,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Skill {
    keywords = Copies.list(keywords);
    extensions = Copies.extensions(extensions);
  }
}
