package org.careercoach.desktop.ui.editor;

import java.util.Map;
import org.careercoach.model.resume.Profile;
import tools.jackson.databind.JsonNode;

/** Online profile entries: {@link Profile}. */
final class ProfileKind implements EntryKind<Profile> {

  private static final Profile BLANK = new Profile(null, null, null, null);

  @Override
  public String section() {
    return "Profiles";
  }

  @Override
  public String id() {
    return "profiles";
  }

  @Override
  public String noun() {
    return "profile";
  }

  @Override
  public Fields fields(Profile entry) {
    Profile e = entry == null ? BLANK : entry;
    return new Fields()
        .text("network", "Network", e.network())
        .text("username", "Username", e.username())
        .text("url", "Address (URL)", e.url());
  }

  @Override
  public Profile build(Fields f, Map<String, JsonNode> extensions) {
    return new Profile(f.string("network"), f.string("username"), f.string("url"), extensions);
  }

  @Override
  public Map<String, JsonNode> extensions(Profile entry) {
    return entry.extensions();
  }

  @Override
  public String heading(Fields f) {
    return f.joined(" · ", "network", "username");
  }
}
