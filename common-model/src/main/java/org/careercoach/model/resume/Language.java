package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A spoken language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Language(
    String language,
    String fluency,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Language {
    extensions = Copies.extensions(extensions);
  }
}
