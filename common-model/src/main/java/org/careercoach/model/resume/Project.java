package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A project. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Project(
    String name,
    String description,
    List<String> highlights,
    List<String> keywords,
    PartialDate startDate,
    PartialDate endDate,
    String url,
    List<String> roles,
    String entity,
    String type,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Project {
    highlights = Copies.list(highlights);
    keywords = Copies.list(keywords);
    roles = Copies.list(roles);
    extensions = Copies.extensions(extensions);
  }
}
