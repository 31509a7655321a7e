package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** An interest. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interest(
    String name,
    List<String> keywords,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Interest {
    keywords = Copies.list(keywords);
    extensions = Copies.extensions(extensions);
  }
}
