package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A publication. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(
    String name,
    String publisher,
    PartialDate releaseDate,
    String url,
    String summary,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Publication {
    extensions = Copies.extensions(extensions);
  }
}
