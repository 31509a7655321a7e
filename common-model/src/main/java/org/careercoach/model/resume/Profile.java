package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** An online profile such as LinkedIn or GitHub. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Profile(
    String network,
    String username,
    String url,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Profile {
    extensions = Copies.extensions(extensions);
  }
}
