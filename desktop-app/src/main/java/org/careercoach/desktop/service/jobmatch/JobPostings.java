package org.careercoach.desktop.service.jobmatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.careercoach.formats.FieldProblem;
import org.careercoach.formats.schema.JsonResumeSchema;
import org.careercoach.model.json.CoachJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a job: pasted text, or a JSON Resume job file. In text, headings split what is asked for
 * ("Requirements", "What you bring") from what would be nice ("Nice to have", "Preferred",
 * "Bonus"); a line that says "a plus" or "preferred" is nice to have wherever it stands. Without
 * headings, every skill named is taken as asked for.
 */
public final class JobPostings {

  /** A JSON file larger than this is not a job posting: refused before it is parsed. */
  public static final int MAX_JSON_CHARS = 512 * 1024;

  private static final Pattern NICE_HEADING =
      Pattern.compile(
          "nice[ -]to[ -]haves?|preferred( qualifications| skills)?|bonus( points)?|desirable"
              + "|(it'?s )?a plus|pluses|would be (great|nice)|extra credit|good to have");
  private static final Pattern REQUIRED_HEADING =
      Pattern.compile(
          "requirements?|required( skills| qualifications)?|must[ -]haves?|(minimum |basic )?"
              + "qualifications|what you('ll| will)? (need|bring)|you have|who you are|about you"
              + "|skills( and experience)?|experience|essential( skills)?|your profile");
  private static final Pattern OTHER_HEADING =
      Pattern.compile(
          "responsibilities|what you('ll| will) do|the role|about (the role|us|the team|the job)"
              + "|benefits|perks|we offer|what we offer|how to apply|job description|overview"
              + "|your (tasks|role)|duties");
  private static final Pattern NICE_LINE =
      Pattern.compile("\\b(a plus|is a bonus|nice to have|preferred|desirable|ideally)\\b");

  private JobPostings() {}

  private enum Part {
    REQUIRED,
    NICE,
    OTHER
  }

  /** A job from pasted text: the first short line is taken as its title. */
  public static JobPosting fromText(String pasted, SkillVocabulary skills) {
    String text = pasted == null ? "" : pasted.replace("\r\n", "\n");
    Set<String> required = new LinkedHashSet<>();
    Set<String> nice = new LinkedHashSet<>();
    Part part = Part.OTHER;
    boolean anyHeading = false;
    String title = "";
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Part heading = heading(line);
      if (heading != null) {
        part = heading;
        anyHeading = true;
        continue;
      }
      if (title.isEmpty() && line.length() <= 80) {
        title = line;
      }
      Set<String> named = skills.find(line);
      boolean niceLine = NICE_LINE.matcher(line.toLowerCase(Locale.ROOT)).find();
      if (part == Part.NICE || niceLine) {
        nice.addAll(named);
      } else {
        required.addAll(named);
      }
    }
    nice.removeAll(required);
    if (!anyHeading && required.isEmpty() && nice.isEmpty()) {
      required.addAll(skills.find(text));
    }
    return new JobPosting(title, "", text, new ArrayList<>(required), new ArrayList<>(nice));
  }

  /**
   * A job from a JSON Resume job file, checked against the official job schema first.
   *
   * @throws JobFileException with each problem and its path when the file is not a valid job
   */
  public static JobPosting fromJson(String json, SkillVocabulary skills) {
    if (json.length() > MAX_JSON_CHARS) {
      throw new JobFileException(
          List.of(new FieldProblem("$", "is larger than a job posting can be (512 KB at most)")));
    }
    JsonNode job;
    try {
      job = CoachJson.mapper().readTree(json);
    } catch (JacksonException e) {
      throw new JobFileException(List.of(new FieldProblem("$", JsonResumeSchema.notJson(e))));
    }
    if (!job.isObject()) {
      throw new JobFileException(List.of(new FieldProblem("$", "is not a JSON object")));
    }
    List<FieldProblem> problems = JsonResumeSchema.job().validate(job);
    if (!problems.isEmpty()) {
      throw new JobFileException(problems);
    }
    StringBuilder text = new StringBuilder();
    append(text, job.path("title").asString(""));
    append(text, job.path("description").asString(""));
    Set<String> required = new LinkedHashSet<>();
    for (JsonNode skill : job.path("skills")) {
      append(text, skill.path("name").asString(""));
      required.addAll(skills.find(skill.path("name").asString("")));
      for (JsonNode keyword : skill.path("keywords")) {
        append(text, keyword.asString(""));
        required.addAll(skills.find(keyword.asString("")));
      }
    }
    for (String list : List.of("qualifications", "responsibilities")) {
      for (JsonNode line : job.path(list)) {
        append(text, line.asString(""));
        required.addAll(skills.find(line.asString("")));
      }
    }
    required.addAll(skills.find(job.path("description").asString("")));
    return new JobPosting(
        job.path("title").asString(""),
        job.path("company").asString(""),
        text.toString(),
        new ArrayList<>(required),
        List.of());
  }

  private static void append(StringBuilder text, String line) {
    if (!line.isBlank()) {
      text.append(line.strip()).append('\n');
    }
  }

  /** The part a heading line starts, or null when the line is not a heading. */
  private static Part heading(String line) {
    String bare = line.toLowerCase(Locale.ROOT).replaceAll("[#*_:•\\-–—]+", " ").strip();
    if (bare.isEmpty()
        || bare.length() > 50
        || (!line.endsWith(":") && bare.split(" ").length > 5)) {
      return null;
    }
    if (NICE_HEADING.matcher(bare).matches()) {
      return Part.NICE;
    }
    if (REQUIRED_HEADING.matcher(bare).matches()) {
      return Part.REQUIRED;
    }
    if (OTHER_HEADING.matcher(bare).matches()) {
      return Part.OTHER;
    }
    return null;
  }
}
