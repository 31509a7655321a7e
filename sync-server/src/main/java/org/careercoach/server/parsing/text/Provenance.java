package org.careercoach.server.parsing.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.model.api.ParseProvenance;
import org.careercoach.model.api.ParseProvenance.Box;
import org.careercoach.model.api.ParseProvenance.FieldSource;
import org.careercoach.model.api.ParseProvenance.SourceLine;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Meta;
import org.careercoach.model.resume.Resume;
import tools.jackson.databind.JsonNode;

/**
 * How sure the parser is of each field it filled, and where in the document it found it, so the app
 * can point at what the user should review: the {@link ParseProvenance} kept under {@code
 * meta.x-careercoach} (so the output stays valid JSON Resume).
 *
 * <p>A parser records what it knows as it reads: the confidence of the rule that produced a field
 * or a whole entry ({@link #add}), and the lines each entry or section spans ({@link #scope}). When
 * the resume is built, every string it holds is looked for among those lines ({@link
 * FieldLocator}); a field's confidence is its rule's (or its entry's), times how cleanly its text
 * was found again where the parser says it read it.
 */
public final class Provenance {

  public static final String META_KEY = ParseProvenance.META_KEY;

  private final String parser;
  private final double fallback;
  private final Map<String, Double> confidences = new HashMap<>();
  private final Map<String, Line> anchors = new HashMap<>();
  private final Map<String, List<Line>> scopes = new HashMap<>();

  /** The heuristic parser's. */
  public Provenance() {
    this("heuristic", 0.7);
  }

  /**
   * @param parser the reader's name
   * @param fallback the confidence of a field no recorded rule covers
   */
  public Provenance(String parser, double fallback) {
    this.parser = parser;
    this.fallback = fallback;
  }

  /** Records a field or an entry, e.g. {@code basics.email} or {@code work[0]}, read on a line. */
  public void add(String field, double confidence, Line line) {
    confidences.put(field, confidence);
    if (line != null) {
      anchors.put(field, line);
    }
  }

  /** The lines the fields under {@code path} (an entry, a section, or a single field) came from. */
  public void scope(String path, List<Line> lines) {
    scopes.put(path, lines);
  }

  /** {@code resume} with this provenance as its meta's {@code x-careercoach}, other meta kept. */
  public Resume attachTo(Resume resume, Document document) {
    JsonNode node = CoachJson.mapper().valueToTree(build(resume, document));
    Meta meta = resume.meta();
    Map<String, JsonNode> extensions =
        new LinkedHashMap<>(meta == null ? Map.of() : meta.extensions());
    extensions.put(META_KEY, node);
    return resume.withMeta(
        meta == null
            ? new Meta(null, null, null, extensions)
            : new Meta(meta.canonical(), meta.version(), meta.lastModified(), extensions));
  }

  /** The provenance of every field {@code resume} holds, located among the document's lines. */
  public ParseProvenance build(Resume resume, Document document) {
    List<SourceLine> lines = new ArrayList<>();
    for (Line line : document.lines()) {
      lines.add(new SourceLine(line.number(), line.page(), line.text(), box(line.box())));
    }
    Map<String, FieldSource> fields = new LinkedHashMap<>();
    JsonNode tree = CoachJson.mapper().valueToTree(resume.withMeta(null));
    new Walk(new FieldLocator(document.lines()), document.lines(), fields).object("", tree);
    return new ParseProvenance(parser, document.pages(), lines, fields);
  }

  /** Walks the resume's tree, locating each string and naming it by its path. */
  private final class Walk {
    private final FieldLocator locator;
    private final List<Line> all;
    private final Map<String, FieldSource> fields;

    Walk(FieldLocator locator, List<Line> all, Map<String, FieldSource> fields) {
      this.locator = locator;
      this.all = all;
      this.fields = fields;
    }

    /**
     * The fields under an object or array at {@code path}; returns the box around those found on
     * the page of the first found, for an entry's own box.
     */
    private Found object(String path, JsonNode node) {
      Found whole = null;
      List<String> missing = new ArrayList<>();
      List<String> missingKeys = new ArrayList<>();
      List<String> missingValues = new ArrayList<>();
      Iterable<Map.Entry<String, JsonNode>> children =
          node.isArray() ? indexed(node) : node.properties();
      for (Map.Entry<String, JsonNode> child : children) {
        String key = child.getKey();
        String childPath =
            node.isArray() ? path + "[" + key + "]" : path.isEmpty() ? key : path + "." + key;
        JsonNode value = child.getValue();
        Found found;
        if (value.isObject() || value.isArray()) {
          found = entry(childPath, value);
        } else if (value.isString() || value.isNumber()) {
          String leafKey = node.isArray() ? keyOf(path) : key;
          found = leaf(childPath, leafKey, value.asString());
          if (found.line == null) {
            missing.add(childPath);
            missingKeys.add(leafKey);
            missingValues.add(value.asString());
          }
        } else {
          continue;
        }
        whole = whole == null || whole.line == null ? found : whole.merge(found);
      }
      if (whole != null && whole.line != null && !node.isArray()) {
        // A value derived from a neighbour (a profile's network from its URL) points there.
        for (int i = 0; i < missing.size(); i++) {
          double rule = ruleOf(missing.get(i), missingKeys.get(i));
          fields.put(
              missing.get(i),
              source(rule * FieldLocator.Quality.BESIDE.factor, whole.line, whole.box));
        }
      }
      return whole == null ? new Found(null, null) : whole;
    }

    private Found entry(String path, JsonNode value) {
      boolean recorded = confidences.containsKey(path);
      String placeholder = path;
      if (recorded) {
        fields.put(placeholder, null);
      }
      Found found = object(path, value);
      if (recorded) {
        Line anchor = anchors.getOrDefault(path, found.line);
        float[] box =
            anchor != null && found.line != null && anchor.page() == found.line.page()
                ? found.box
                : anchor == null ? null : anchor.box();
        fields.put(placeholder, source(confidences.get(path), anchor, box));
      }
      return found;
    }

    private Found leaf(String path, String key, String value) {
      Line anchor = nearest(anchors, path);
      List<Line> scope = nearest(scopes, path);
      // Looked for first on the line the parser read it or its entry from (an entry's dates).
      FieldLocator.Located located =
          locator.locate(key, value, anchor, scope == null ? all : scope);
      double rule = ruleOf(path, key);
      if (located.line() == null) {
        fields.put(path, source(rule * located.quality().factor, null, null));
        return new Found(null, null);
      }
      double found =
          located.quality() == FieldLocator.Quality.ACROSS_LINES
              ? FieldKinds.acrossLines(parser, path, key)
              : located.quality().factor;
      fields.put(path, source(rule * found, located.line(), located.box()));
      return new Found(located.line(), located.box());
    }

    private double ruleOf(String path, String key) {
      Double own = confidences.get(path);
      if (own != null) {
        return own;
      }
      Double inherited = nearest(confidences, parent(path));
      return (inherited == null ? fallback : inherited) * FieldKinds.factor(parser, path, key);
    }
  }

  /** What a walk found under a path: the first line and the box on that line's page. */
  private record Found(Line line, float[] box) {
    Found merge(Found other) {
      if (other.line == null) {
        return this;
      }
      return other.line.page() == line.page()
          ? new Found(line, FieldLocator.union(box, other.box))
          : this;
    }
  }

  /** The value recorded for the path or its nearest ancestor ({@code work[0]} for its fields). */
  private static <T> T nearest(Map<String, T> map, String path) {
    for (String p = path; p != null; p = parent(p)) {
      T value = map.get(p);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * {@code work[0]} for {@code work[0].name}, {@code work} for {@code work[0]}; null at the top.
   */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? null : path.substring(0, cut);
  }

  /** The last name in a path: {@code highlights} for {@code work[0].highlights}. */
  private static String keyOf(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    int bracket = last.indexOf('[');
    return bracket < 0 ? last : last.substring(0, bracket);
  }

  private static Iterable<Map.Entry<String, JsonNode>> indexed(JsonNode array) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      entries.add(Map.entry(Integer.toString(i), array.get(i)));
    }
    return entries;
  }

  private static FieldSource source(double confidence, Line line, float[] box) {
    return new FieldSource(
        Math.round(Math.min(0.99, Math.max(0, confidence)) * 100) / 100.0,
        line == null ? null : line.page(),
        line == null ? null : line.number(),
        box(box));
  }

  private static Box box(float[] box) {
    return box == null ? null : new Box(round(box[0]), round(box[1]), round(box[2]), round(box[3]));
  }

  private static double round(float value) {
    return Math.round(value * 10) / 10.0;
  }
}
