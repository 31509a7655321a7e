package org.careercoach.formats.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.careercoach.formats.FieldProblem;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resume as a JSON Resume document: written with the project's shared mapper (so unknown fields a
 * file brought in go back out), read with every check an import needs.
 */
public final class ResumeJson {

  /** The fields, per section, that hold JSON Resume dates. */
  private static final Map<String, Set<String>> DATE_FIELDS =
      Map.of(
          "work", Set.of("startDate", "endDate"),
          "volunteer", Set.of("startDate", "endDate"),
          "education", Set.of("startDate", "endDate"),
          "projects", Set.of("startDate", "endDate"),
          "awards", Set.of("date"),
          "certificates", Set.of("date"),
          "publications", Set.of("releaseDate"));

  private static final JsonMapper PRETTY =
      CoachJson.mapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ResumeJson() {}

  /**
   * The resume as indented JSON text, valid against the schema as far as its values allow: a web
   * address written without its scheme ({@code github.com/ana}) is written with {@code https://}.
   */
  public static String export(Resume resume) {
    JsonNode tree = CoachJson.mapper().valueToTree(Objects.requireNonNull(resume, "resume"));
    WebAddresses.complete(tree);
    return PRETTY.writeValueAsString(tree);
  }

  /** Writes the resume as UTF-8 JSON to {@code out}, which is left open. */
  public static void write(Resume resume, OutputStream out) throws IOException {
    out.write(export(resume).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a JSON Resume text: it must be JSON, an object, valid against the schema (once web
   * addresses without a scheme are completed with {@code https://}), and its dates must be real
   * dates. Every problem found is reported with its path; the resume comes back only when there is
   * none.
   */
  public static ImportResult read(String json) {
    JsonNode tree;
    try {
      tree = CoachJson.mapper().readTree(json);
    } catch (JacksonException e) {
      return refused("$", JsonResumeSchema.notJson(e));
    }
    if (tree == null || tree.isMissingNode()) {
      return refused("$", "is empty: a JSON Resume file holds one JSON object");
    }
    if (!tree.isObject()) {
      return refused(
          "$", "must be a JSON object (a resume), not " + (tree.isArray() ? "a list" : "a value"));
    }
    // Bare web addresses are common in real files and unambiguous: completed, not refused.
    WebAddresses.complete(tree);
    List<FieldProblem> problems = new ArrayList<>(JsonResumeSchema.get().validate(tree));
    if (problems.isEmpty()) {
      problems.addAll(impossibleDates(tree));
    }
    if (!problems.isEmpty()) {
      return new ImportResult.Refused(problems);
    }
    try {
      return new ImportResult.Imported(CoachJson.mapper().treeToValue(tree, Resume.class));
    } catch (JacksonException e) {
      // What the schema lets through but the model refuses, e.g. text longer than the limits.
      return refused(jsonPath(CoachJson.fieldPath(e)), rootMessage(e));
    }
  }

  /**
   * Dates the schema's pattern accepts but the calendar does not ({@code 2019-13}, {@code
   * 2019-02-30}), all of them rather than the first the model would stop at.
   */
  private static List<FieldProblem> impossibleDates(JsonNode tree) {
    List<FieldProblem> problems = new ArrayList<>();
    DATE_FIELDS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            section -> {
              JsonNode entries = tree.path(section.getKey());
              for (int i = 0; i < entries.size(); i++) {
                for (String field : section.getValue().stream().sorted().toList()) {
                  JsonNode value = entries.path(i).path(field);
                  if (value.isString()) {
                    try {
                      PartialDate.parse(value.asString());
                    } catch (IllegalArgumentException e) {
                      problems.add(
                          new FieldProblem(
                              "$." + section.getKey() + "[" + i + "]." + field, e.getMessage()));
                    }
                  }
                }
              }
            });
    return problems;
  }

  private static String jsonPath(String fieldPath) {
    if (fieldPath.isEmpty()) {
      return "$";
    }
    return fieldPath.startsWith("[") ? "$" + fieldPath : "$." + fieldPath;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message =
        cause instanceof JacksonException j ? j.getOriginalMessage() : cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static ImportResult refused(String path, String message) {
    return new ImportResult.Refused(List.of(new FieldProblem(path, message)));
  }
}
