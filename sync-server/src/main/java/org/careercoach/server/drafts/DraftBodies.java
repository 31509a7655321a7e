package org.careercoach.server.drafts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.formats.FieldProblem;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.api.DraftContent;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.json.CoachJson;
import org.careercoach.server.config.ApiProblem;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the body of {@code PUT /drafts/{id}}: at most the limit is ever read (a longer
 * body is refused at the first byte past it, so a huge body costs no memory), then the title, the
 * JSON Resume against the shipped schema (every problem named by its path) and the Trash time.
 */
final class DraftBodies {

  static final int MAX_TITLE = 200;

  private DraftBodies() {}

  /** At most {@code limit} bytes of the stream; 413 when there are more. */
  static byte[] read(InputStream in, long declaredLength, long limit) {
    if (declaredLength > limit) {
      throw tooLarge(limit);
    }
    try {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        throw tooLarge(limit);
      }
      return bytes;
    } catch (IOException e) {
      // The server-wide JSON body cap (config's RequestBodyLimitFilter) set below ours.
      if (e.getClass().getSimpleName().equals("BodyTooLargeException")) {
        throw tooLarge(limit);
      }
      throw new UncheckedIOException("Could not read a draft's body", e);
    }
  }

  static ApiProblem tooLarge(long limit) {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE,
        "body-too-large",
        "Draft too large",
        "A draft may be at most "
            + (limit / 1024)
            + " KB of JSON. Shorten it, or split it into several drafts.");
  }

  /** The checked content of a body; 400 naming every field at fault. */
  static DraftContent parse(byte[] body) {
    JsonNode node;
    try {
      node = CoachJson.mapper().readTree(body);
    } catch (JacksonException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "malformed-json",
          "Malformed JSON",
          "The body " + JsonResumeSchema.notJson(e) + ".");
    }
    if (node == null || !node.isObject()) {
      throw ApiProblem.invalid("body", "must be a JSON object {title, resume, trashedAt?}");
    }
    List<FieldError> errors = new ArrayList<>();
    JsonNode title = node.get("title");
    if (title == null || title.isNull() || (title.isString() && title.asString().isBlank())) {
      errors.add(new FieldError("title", "is required: give the draft a name"));
    } else if (!title.isString()) {
      errors.add(new FieldError("title", "must be text"));
    } else if (title.asString().length() > MAX_TITLE) {
      errors.add(new FieldError("title", "is longer than " + MAX_TITLE + " characters"));
    }
    JsonNode resume = node.get("resume");
    if (resume == null || resume.isNull()) {
      errors.add(new FieldError("resume", "is required: a JSON Resume, {} at the least"));
    } else {
      for (FieldProblem problem : JsonResumeSchema.get().validate(resume)) {
        errors.add(new FieldError("resume" + problem.path().substring(1), problem.message()));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
    try {
      return CoachJson.mapper().treeToValue(node, DraftContent.class);
    } catch (JacksonException e) {
      String field = CoachJson.fieldPath(e);
      throw ApiProblem.invalid(
          field.isEmpty() ? "body" : field, "is not valid here: " + e.getOriginalMessage());
    }
  }
}
