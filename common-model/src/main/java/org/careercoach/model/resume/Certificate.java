package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A certificate earned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Certificate(
    String name,
    PartialDate date,
    String url,
    String issuer,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Certificate {
    extensions = Copies.extensions(extensions);
  }
}
