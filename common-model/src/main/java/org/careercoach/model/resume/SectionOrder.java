package org.careercoach.model.resume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The order a resume's list sections are shown in, by their JSON Resume names ({@code work}, {@code
 * education}…): the editor shows them so and every export prints them so. Kept in {@code
 * meta.x-sectionOrder}, where JSON Resume lets tools keep their own settings. Always whole: every
 * section once, the names given first (unknown ones dropped), then the rest in {@link #DEFAULT}'s
 * order. The summary is not a section here: it always comes first, under the name.
 *
 * @param names the sections in order
 */
public record SectionOrder(List<String> names) {

  public static final String META_KEY = "x-sectionOrder";

  /** Experience first, then what backs it up, then the rest: what most readers look for first. */
  public static final SectionOrder DEFAULT =
      new SectionOrder(
          List.of(
              "work",
              "education",
              "skills",
              "projects",
              "volunteer",
              "awards",
              "certificates",
              "publications",
              "languages",
              "interests",
              "references"));

  public SectionOrder {
    Set<String> whole = new LinkedHashSet<>();
    // While DEFAULT itself is being made, its names are the known ones.
    List<String> known = DEFAULT == null ? names : DEFAULT.names();
    for (String name : names == null ? List.<String>of() : names) {
      if (known.contains(name)) {
        whole.add(name);
      }
    }
    whole.addAll(known);
    names = List.copyOf(whole);
  }

  /** The resume's order; the default for what it does not say. */
  public static SectionOrder of(Resume resume) {
    List<String> said = new ArrayList<>();
    JsonNode stored = resume.meta() == null ? null : resume.meta().extensions().get(META_KEY);
    if (stored != null && stored.isArray()) {
      for (JsonNode name : stored) {
        said.add(name.asString(""));
      }
    }
    return new SectionOrder(said);
  }

  /** Whether the resume says an order of its own. */
  public static boolean isSet(Resume resume) {
    return resume.meta() != null && resume.meta().extensions().containsKey(META_KEY);
  }

  /** The resume with this order as its own, everything else (other meta too) kept. */
  public Resume applyTo(Resume resume) {
    ArrayNode stored = JsonNodeFactory.instance.arrayNode();
    names.forEach(stored::add);
    Meta meta = resume.meta();
    Map<String, JsonNode> extensions =
        new LinkedHashMap<>(meta == null ? Map.of() : meta.extensions());
    extensions.put(META_KEY, stored);
    Meta changed =
        meta == null
            ? new Meta(null, null, null, extensions)
            : new Meta(meta.canonical(), meta.version(), meta.lastModified(), extensions);
    return resume.withMeta(changed);
  }
}
