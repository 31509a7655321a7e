package org.careercoach.desktop.service.jobmatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A copy of a draft put in order for one job, changing no word: the sections that speak to the job
 * higher (skills to the top, projects below the work), the skill groups and projects that speak to
 * the job first, each group's keywords and each entry's highlights that name the job's skills or
 * keywords first. Jobs and schools keep their order (a reader expects time there); nothing is added
 * or removed. Ties keep the draft's order.
 */
public final class Tailor {

  private final SkillVocabulary skills;

  public Tailor(SkillVocabulary skills) {
    this.skills = skills;
  }

  public Resume tailor(Resume draft, JobPosting job) {
    Relevance relevance = new Relevance(job, skills);
    ObjectNode copy = CoachJson.mapper().valueToTree(draft);
    sort(copy.get("skills"), relevance::of);
    sort(copy.get("projects"), relevance::of);
    for (String section : List.of("work", "volunteer", "projects")) {
      for (JsonNode entry : arrayOrEmpty(copy.get(section))) {
        sortStrings(entry.get("highlights"), relevance);
      }
    }
    for (JsonNode group : arrayOrEmpty(copy.get("skills"))) {
      sortStrings(group.get("keywords"), relevance);
    }
    Resume tailored = CoachJson.mapper().treeToValue(copy, Resume.class);
    List<String> order = sections(draft, relevance);
    return order.equals(SectionOrder.of(draft).names())
        ? tailored
        : new SectionOrder(order).applyTo(tailored);
  }

  /**
   * The sections' order for the job: skills that name what it asks for move to the top, where a
   * reader (and a screening system) meets them first; projects that do move up to just below the
   * work. The rest keeps the draft's order.
   */
  private static List<String> sections(Resume draft, Relevance relevance) {
    List<String> order = new ArrayList<>(SectionOrder.of(draft).names());
    ObjectNode tree = CoachJson.mapper().valueToTree(draft);
    if (relevance.of(arrayOrEmpty(tree.get("projects")).toString()) >= ASKED_FOR
        && order.contains("work")) {
      order.remove("projects");
      order.add(order.indexOf("work") + 1, "projects");
    }
    if (relevance.of(arrayOrEmpty(tree.get("skills")).toString()) >= ASKED_FOR) {
      order.remove("skills");
      order.add(0, "skills");
    }
    return order;
  }

  /** The relevance of one skill the job asks for: a section with less does not move. */
  private static final double ASKED_FOR = 2;

  /** How much a text speaks to the job: its required skills count double, keywords half. */
  private static final class Relevance {
    private final Set<String> required;
    private final Set<String> nice;
    private final List<String> keywords;
    private final SkillVocabulary skills;

    Relevance(JobPosting job, SkillVocabulary skills) {
      this.required = Set.copyOf(job.required());
      this.nice = Set.copyOf(job.niceToHave());
      this.keywords = Keywords.of(job.title(), job.text());
      this.skills = skills;
    }

    double of(JsonNode node) {
      return of(node.toString());
    }

    double of(String text) {
      double score = 0;
      for (String skill : skills.find(text)) {
        score += required.contains(skill) ? 2 : nice.contains(skill) ? 1 : 0;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      score += 0.5 * (keywords.size() - Keywords.missing(keywords, lower).size());
      return score;
    }
  }

  private static void sort(JsonNode list, java.util.function.ToDoubleFunction<JsonNode> score) {
    if (!(list instanceof ArrayNode array)) {
      return;
    }
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    items.sort(Comparator.comparingDouble(score).reversed()); // stable: ties keep the draft's order
    array.removeAll();
    items.forEach(array::add);
  }

  private static void sortStrings(JsonNode list, Relevance relevance) {
    sort(list, node -> node.isString() ? relevance.of(node.asString()) : 0);
  }

  private static Iterable<JsonNode> arrayOrEmpty(JsonNode node) {
    return node instanceof ArrayNode array ? array : List.of();
  }
}
