package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A course of study. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Education(
    String institution,
    String url,
    String area,
    String studyType,
    PartialDate startDate,
    PartialDate endDate,
    String score,
    List<String> courses,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Education {
    courses = Copies.list(courses);
    extensions = Copies.extensions(extensions);
  }
}
