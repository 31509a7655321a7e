package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Tooling data: schema version and, from the parser, confidence and provenance of each field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Meta(
    String canonical,
    String version,
    String lastModified,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Meta {
    extensions = Copies.extensions(extensions);
  }
}
