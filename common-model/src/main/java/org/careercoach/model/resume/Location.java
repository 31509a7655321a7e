package org.careercoach.model.resume;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A postal location; {@code address} may hold several lines separated by {@code \\n}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(
    String address,
    String postalCode,
    String city,
    String countryCode,
    String region,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extensions) {

  public Location {
    extensions = Copies.extensions(extensions);
  }
}
