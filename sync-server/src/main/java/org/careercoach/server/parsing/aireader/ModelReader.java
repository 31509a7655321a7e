package org.careercoach.server.parsing.aireader;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.server.ai.ModelClient;
import org.careercoach.server.ai.ModelUse;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Provenance;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Asks the model (through the {@code ai} feature) to turn a resume's text into JSON Resume, then
 * validates and repairs the answer. Any trouble (timeout, 429, 529 overloaded, an answer that is
 * not JSON Resume or was cut off) yields empty, and the caller uses the heuristic result. The
 * {@code ai} feature caches accepted answers by content hash, so the same document is never paid
 * for twice.
 */
public final class ModelReader {

  /** The instructions sent with every resume's text: shown to people as they are. */
  public static final String INSTRUCTIONS =
      "You convert resumes into JSON Resume (https://jsonresume.org/schema). Answer with one JSON"
          + " object only, no prose. Use only information present in the text; omit fields you"
          + " cannot find; never invent values. Dates are YYYY, YYYY-MM or YYYY-MM-DD; omit"
          + " endDate for a current position. Use basics (name, label, email, phone, url, summary,"
          + " location {city, region, countryCode}, profiles), work (name, position, startDate,"
          + " endDate, summary, highlights), education (institution, area, studyType, startDate,"
          + " endDate, score), skills (name, keywords), languages, projects, certificates.";

  /** What precedes the file's text in the request. */
  public static final String MATERIAL_HEADING = "Resume text:\n\n";

  private final ModelClient model;

  public ModelReader(ModelClient model) {
    this.model = model;
  }

  /** What reading uploads sends to {@code model}, for people to see; inactive without a model. */
  public static ModelUse disclosed(Optional<ModelClient> model) {
    return new ModelUse(
        "Reading your uploaded resume files into drafts",
        model.isPresent(),
        model.map(ModelClient::name).orElse(""),
        INSTRUCTIONS,
        "The text read from each file you upload, after \""
            + MATERIAL_HEADING.strip()
            + "\". An answer is kept by the text's hash, so the same file is sent once.");
  }

  /** The provider and model that read, as a parse's provenance names it. */
  public String name() {
    return model.name();
  }

  /** The resume the model read from the text, or empty when it could not be had or trusted. */
  public Optional<Resume> parse(String text) {
    return model.askJson(
        INSTRUCTIONS, MATERIAL_HEADING + text, Resume.class, ModelReader::toResume);
  }

  /** The JSON object in the answer, repaired where it can be (dates), validated by the model. */
  static Optional<Resume> toResume(String answer) {
    int start = answer.indexOf('{');
    int end = answer.lastIndexOf('}');
    if (start < 0 || end <= start) {
      return Optional.empty();
    }
    try {
      JsonNode tree = CoachJson.mapper().readTree(answer.substring(start, end + 1));
      if (!tree.isObject()) {
        return Optional.empty();
      }
      repairDates(tree);
      ObjectNode meta = ((ObjectNode) tree).withObjectProperty("meta");
      // The caller replaces this with the fields' provenance, found in the document's lines.
      meta.withObjectProperty(Provenance.META_KEY).put("parser", "model");
      Resume resume = CoachJson.mapper().treeToValue(tree, Resume.class);
      return resume.basics() == null && resume.work() == null
          ? Optional.empty()
          : Optional.of(resume);
    } catch (JacksonException | IllegalArgumentException invalid) {
      return Optional.empty();
    }
  }

  /** Dates written another way ("Jan 2019", "Present") become ISO or are dropped. */
  private static void repairDates(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
      java.util.List<String> drop = new java.util.ArrayList<>();
      java.util.Map<String, String> fixed = new java.util.HashMap<>();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (name.endsWith("Date") || name.equals("date")) {
          if (!value.isString()) {
            drop.add(name);
            continue;
          }
          try {
            PartialDate.parse(value.asString());
          } catch (IllegalArgumentException notIso) {
            Optional<PartialDate> parsed = DateRanges.parse(value.asString());
            if (parsed.isPresent()) {
              fixed.put(name, parsed.get().toString());
            } else {
              drop.add(name);
            }
          }
        } else {
          repairDates(value);
        }
      }
      drop.forEach(object::remove);
      fixed.forEach(object::put);
    } else if (node.isArray()) {
      node.forEach(ModelReader::repairDates);
    }
  }
}
