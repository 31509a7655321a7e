package org.careercoach.desktop.service.review;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problems planted in real resumes, one per copy, each with the check and the field that should
 * find it: the labelled set the review is measured on. Written from what a reviewer looks for, not
 * from what the checks do. A plant that does not apply to a resume (no job with two dates, say)
 * gives nothing.
 */
final class PlantedProblems {

  /** A copy of a resume with one problem planted, and where the review should find it. */
  record Planted(String name, Resume resume, CheckKind kind, String path) {}

  private static final Pattern NUMBER =
      Pattern.compile("[$€£]?\\d[\\d,.]*(\\s?(%|percent|k|m|x))?");

  private PlantedProblems() {}

  static List<Planted> all(Resume base, YearMonth today) {
    List<Planted> planted = new ArrayList<>();
    Map<String, BiFunction<ObjectNode, YearMonth, Optional<String[]>>> plants =
        new java.util.LinkedHashMap<>();
    plants.put("missing email", (r, t) -> missingEmail(r));
    plants.put("email without @", (r, t) -> emailWithoutAt(r));
    plants.put("end before start", (r, t) -> endBeforeStart(r));
    plants.put("gap", PlantedProblems::gap);
    plants.put("overlap", PlantedProblems::overlap);
    plants.put("job without highlights", (r, t) -> noHighlights(r));
    plants.put("highlights without numbers", (r, t) -> noNumbers(r));
    plants.put("weak opening", (r, t) -> weakOpening(r));
    plants.put("repeated opening", (r, t) -> repeatedOpening(r));
    plants.put("misspelling", (r, t) -> misspelling(r));
    plants.put("three pages", (r, t) -> threePages(r));
    plants.put("education above experience", PlantedProblems::educationFirst);
    plants.put("interests above everything", (r, t) -> interestsFirst(r));
    plants.forEach(
        (name, plant) -> {
          ObjectNode copy = (ObjectNode) CoachJson.mapper().valueToTree(base);
          plant
              .apply(copy, today)
              .ifPresent(
                  where ->
                      planted.add(
                          new Planted(
                              name,
                              CoachJson.mapper().treeToValue(copy, Resume.class),
                              CheckKind.valueOf(where[0]),
                              where[1])));
        });
    return planted;
  }

  private static Optional<String[]> missingEmail(ObjectNode resume) {
    ObjectNode basics = (ObjectNode) resume.get("basics");
    if (basics == null || !basics.hasNonNull("email")) {
      return Optional.empty();
    }
    basics.remove("email");
    return found(CheckKind.CONTACT, "basics.email");
  }

  private static Optional<String[]> emailWithoutAt(ObjectNode resume) {
    ObjectNode basics = (ObjectNode) resume.get("basics");
    if (basics == null
        || !basics.hasNonNull("email")
        || !basics.get("email").asString().contains("@")) {
      return Optional.empty();
    }
    basics.put("email", basics.get("email").asString().replace("@", "."));
    return found(CheckKind.CONTACT, "basics.email");
  }

  private static Optional<String[]> endBeforeStart(ObjectNode resume) {
    ArrayNode work = jobs(resume);
    for (int i = 0; i < work.size(); i++) {
      ObjectNode job = (ObjectNode) work.get(i);
      if (job.hasNonNull("startDate") && job.hasNonNull("endDate")) {
        PartialDate start = PartialDate.parse(job.get("startDate").asString());
        job.put("endDate", PartialDate.ofYear(start.year() - 1).toString());
        return found(CheckKind.DATE_ORDER, "work[" + i + "].endDate");
      }
    }
    return Optional.empty();
  }

  /** The newest job moved to start nine months after every other job ended. */
  private static Optional<String[]> gap(ObjectNode resume, YearMonth today) {
    ArrayNode work = jobs(resume);
    int newest = newest(work);
    if (newest < 0 || work.size() < 2) {
      return Optional.empty();
    }
    int lastEnd = Integer.MIN_VALUE;
    for (int i = 0; i < work.size(); i++) {
      if (i != newest) {
        JsonNode end = work.get(i).get("endDate");
        if (end == null || end.isNull()) {
          return Optional.empty(); // another current job: no gap can be made before the newest
        }
        lastEnd = Math.max(lastEnd, DateCheck.month(PartialDate.parse(end.asString()), true));
      }
    }
    int start = lastEnd + 10;
    if (start > today.getYear() * 12 + today.getMonthValue() - 1) {
      return Optional.empty();
    }
    ObjectNode job = (ObjectNode) work.get(newest);
    job.put("startDate", PartialDate.ofMonth(start / 12, start % 12 + 1).toString());
    job.remove("endDate");
    return found(CheckKind.DATE_GAP, "work[" + newest + "].startDate");
  }

  /** An older job's end moved six months past the start of the job that followed it. */
  private static Optional<String[]> overlap(ObjectNode resume, YearMonth today) {
    ArrayNode work = jobs(resume);
    int now = today.getYear() * 12 + today.getMonthValue() - 1;
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < work.size(); i++) {
      JsonNode job = work.get(i);
      if (job.hasNonNull("startDate") && job.hasNonNull("endDate")) {
        spans.add(
            new int[] {
              i,
              DateCheck.month(PartialDate.parse(job.get("startDate").asString()), false),
              DateCheck.month(PartialDate.parse(job.get("endDate").asString()), true)
            });
      }
    }
    for (int[] older : spans) {
      for (int i = 0; i < work.size(); i++) {
        JsonNode later = work.get(i);
        if (i == older[0] || !later.hasNonNull("startDate")) {
          continue;
        }
        int laterStart =
            DateCheck.month(PartialDate.parse(later.get("startDate").asString()), false);
        int laterEnd =
            later.hasNonNull("endDate")
                ? DateCheck.month(PartialDate.parse(later.get("endDate").asString()), true)
                : now;
        boolean next =
            laterStart > older[2] && laterStart - older[2] <= 3 && laterEnd - laterStart >= 9;
        if (next && laterStart + 6 <= now && older[1] < laterStart) {
          int end = laterStart + 6;
          ((ObjectNode) work.get(older[0]))
              .put("endDate", PartialDate.ofMonth(end / 12, end % 12 + 1).toString());
          return found(CheckKind.DATE_OVERLAP, "work[" + i + "].startDate");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> noHighlights(ObjectNode resume) {
    ArrayNode work = jobs(resume);
    for (int i = 0; i < work.size(); i++) {
      ObjectNode job = (ObjectNode) work.get(i);
      if (job.has("highlights") && !job.get("highlights").isEmpty()) {
        job.remove(List.of("highlights", "summary", "description"));
        return found(CheckKind.HIGHLIGHTS, "work[" + i + "].highlights");
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> noNumbers(ObjectNode resume) {
    ArrayNode work = jobs(resume);
    for (int i = 0; i < work.size(); i++) {
      JsonNode highlights = work.get(i).get("highlights");
      if (highlights == null || highlights.size() < 2) {
        continue;
      }
      boolean anyNumber = false;
      for (JsonNode h : highlights) {
        anyNumber |= Texts.hasDigit(h.asString());
      }
      if (anyNumber) {
        ArrayNode stripped = ((ArrayNode) highlights);
        for (int h = 0; h < stripped.size(); h++) {
          String text =
              NUMBER.matcher(stripped.get(h).asString()).replaceAll("").replaceAll("\\s{2,}", " ");
          stripped.set(h, text.strip());
        }
        return found(CheckKind.NUMBERS, "work[" + i + "].highlights");
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> weakOpening(ObjectNode resume) {
    ArrayNode work = jobs(resume);
    for (int i = 0; i < work.size(); i++) {
      JsonNode highlights = work.get(i).get("highlights");
      if (highlights != null && !highlights.isEmpty()) {
        String first = highlights.get(0).asString().strip();
        if (first.isEmpty()) {
          continue;
        }
        ((ArrayNode) highlights)
            .set(
                0,
                "Responsible for "
                    + first.substring(0, 1).toLowerCase(Locale.ROOT)
                    + first.substring(1));
        return found(CheckKind.WEAK_OPENING, "work[" + i + "].highlights[0]");
      }
    }
    return Optional.empty();
  }

  /** Three highlights made to open with the same verb, one nobody's resume here opens with. */
  private static Optional<String[]> repeatedOpening(ObjectNode resume) {
    List<ArrayNode> lists = new ArrayList<>();
    int count = 0;
    for (JsonNode job : jobs(resume)) {
      JsonNode highlights = job.get("highlights");
      if (highlights != null) {
        lists.add((ArrayNode) highlights);
        count += highlights.size();
      }
    }
    if (count < 3) {
      return Optional.empty();
    }
    int changed = 0;
    for (ArrayNode list : lists) {
      for (int h = 0; h < list.size() && changed < 3; h++) {
        List<String> words = Texts.words(list.get(h).asString());
        String rest =
            words.size() > 1
                ? list.get(h).asString().strip().replaceFirst("^\\S+\\s*", "")
                : "the work";
        list.set(h, "Orchestrated " + rest);
        changed++;
      }
    }
    return Optional.of(new String[] {CheckKind.REPEATED_WORDS.name(), "work", "orchestrated"});
  }

  private static Optional<String[]> misspelling(ObjectNode resume) {
    Map<String, String> wrongFor = new java.util.HashMap<>();
    SpellingCheck.dictionary().forEach((wrong, right) -> wrongFor.putIfAbsent(right, wrong));
    ArrayNode work = jobs(resume);
    for (int i = 0; i < work.size(); i++) {
      JsonNode highlights = work.get(i).get("highlights");
      if (highlights == null) {
        continue;
      }
      for (int h = 0; h < highlights.size(); h++) {
        String text = highlights.get(h).asString();
        for (String word : Texts.words(text)) {
          String wrong = wrongFor.get(word);
          if (wrong != null) {
            Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b").matcher(text);
            ((ArrayNode) highlights).set(h, m.replaceFirst(wrong));
            return found(CheckKind.SPELLING, "work[" + i + "].highlights[" + h + "]");
          }
        }
      }
    }
    for (int i = 0; i < work.size(); i++) {
      JsonNode highlights = work.get(i).get("highlights");
      if (highlights != null && !highlights.isEmpty()) {
        ((ArrayNode) highlights).set(0, highlights.get(0).asString() + " Recieved a team award.");
        return found(CheckKind.SPELLING, "work[" + i + "].highlights[0]");
      }
    }
    return Optional.empty();
  }

  /** A summary that runs to three pages: each job told again at length, as people do. */
  private static Optional<String[]> threePages(ObjectNode resume) {
    String paragraph =
        "Over the years I have worked with teams of every size, from small groups of three people"
            + " to departments of several hundred, and I have learned that the best results come"
            + " from listening first, writing things down, and agreeing early on what done means."
            + " I care about the people I work with and about the customers who depend on what we"
            + " build, and I bring the same attention to a small task as to a large one. ";
    ObjectNode basics =
        resume.has("basics") ? (ObjectNode) resume.get("basics") : resume.putObject("basics");
    basics.put("summary", paragraph.repeat(24).strip());
    return found(CheckKind.LENGTH, "work");
  }

  /** An experienced person's resume that leads with Education. */
  private static Optional<String[]> educationFirst(ObjectNode resume, YearMonth today) {
    Resume read = CoachJson.mapper().treeToValue(resume, Resume.class);
    if (Texts.list(read.education()).isEmpty()
        || LengthCheck.yearsOfWork(read, today) < LengthCheck.JUNIOR_YEARS) {
      return Optional.empty();
    }
    order(resume, "education", "work");
    return found(CheckKind.SECTION_ORDER, "work");
  }

  /** Interests put at the top, above the work and the studies. */
  private static Optional<String[]> interestsFirst(ObjectNode resume) {
    if (jobs(resume).isEmpty()) {
      return Optional.empty();
    }
    if (!(resume.get("interests") instanceof ArrayNode interests) || interests.isEmpty()) {
      resume.putArray("interests").addObject().put("name", "Chess");
    }
    order(resume, "interests");
    return found(CheckKind.SECTION_ORDER, "interests");
  }

  private static void order(ObjectNode resume, String... first) {
    ObjectNode meta = resume.get("meta") instanceof ObjectNode m ? m : resume.putObject("meta");
    ArrayNode order = meta.putArray(SectionOrder.META_KEY);
    for (String section : first) {
      order.add(section);
    }
  }

  private static int newest(ArrayNode work) {
    int newest = -1;
    int latest = Integer.MIN_VALUE;
    for (int i = 0; i < work.size(); i++) {
      JsonNode start = work.get(i).get("startDate");
      if (start != null && !start.isNull()) {
        int month = DateCheck.month(PartialDate.parse(start.asString()), false);
        if (month > latest) {
          latest = month;
          newest = i;
        }
      }
    }
    return newest;
  }

  private static ArrayNode jobs(ObjectNode resume) {
    JsonNode work = resume.get("work");
    return work instanceof ArrayNode array ? array : CoachJson.mapper().createArrayNode();
  }

  private static Optional<String[]> found(CheckKind kind, String path) {
    return Optional.of(new String[] {kind.name(), path});
  }
}
