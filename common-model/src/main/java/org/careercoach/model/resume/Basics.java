package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Who the resume is about. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Basics(
    String name,
    String label,
    String image,
    String email,
    String phone,
    String url,
    String summary,
    Location location,
    List<Profile> profiles,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Basics {
    profiles = Copies.list(profiles);
    extensions = Copies.extensions(extensions);
  }
}
