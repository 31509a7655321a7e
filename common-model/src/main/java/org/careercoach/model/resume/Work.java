package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A job held. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Work(
    String name,
    String location,
    String description,
    String position,
    String url,
    PartialDate startDate,
    PartialDate endDate,
    String summary,
    List<String> highlights,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Work {
    highlights = Copies.list(highlights);
    extensions = Copies.extensions(extensions);
  }
}
