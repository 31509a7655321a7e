package org.careercoach.formats.json;

import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completes web addresses written without a scheme. JSON Resume's schema wants every {@code url} to
 * be a full URI, while people (and the development set) write {@code github.com/ana}: refusing a
 * whole file for that would be unkind, and {@code https://} is what they meant.
 */
final class WebAddresses {

  /** A host name with a dot and a top-level domain, then optionally a path; nothing else. */
  private static final Pattern BARE =
      Pattern.compile("(?i)(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(:\\d+)?([/?#]\\S*)?");

  private WebAddresses() {}

  /** Rewrites, in place, every {@code url} field of the tree that is a bare web address. */
  static void complete(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        if (field.getKey().equals("url") && value.isString() && isBare(value.asString())) {
          object.put("url", "https://" + value.asString().strip());
        } else {
          complete(value);
        }
      }
    } else if (node != null && node.isArray()) {
      node.forEach(WebAddresses::complete);
    }
  }

  static boolean isBare(String address) {
    return BARE.matcher(address.strip()).matches();
  }
}
