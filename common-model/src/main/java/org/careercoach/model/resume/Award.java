package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** An award received. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Award(
    String title,
    PartialDate date,
    String awarder,
    String summary,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Award {
    extensions = Copies.extensions(extensions);
  }
}
