package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A reference from someone. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reference(
    String name, String reference, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Reference {
    extensions = Copies.extensions(extensions);
  }
}
