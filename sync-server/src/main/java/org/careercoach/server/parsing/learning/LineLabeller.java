package org.careercoach.server.parsing.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.DateRanges;
import tools.jackson.databind.JsonNode;

/**
 * Labels a document's lines by aligning them with what the document is known to say: its true JSON
 * Resume and the headings it was composed with (the corpus's meta). A line takes the first role
 * that fits, in the order of {@link #label}; what fits none is {@link LineLabel#OTHER}. The labels
 * are as good as this alignment: a wrapped line that no longer matches its field falls to OTHER.
 */
public final class LineLabeller {

  private final Map<String, LineLabel> headings = new java.util.HashMap<>();
  private final String name;
  private final String title;
  private final List<String> contacts = new ArrayList<>();
  private final List<String> contactDigits = new ArrayList<>();
  private final String city;
  private final List<String> organisations = new ArrayList<>();
  private final List<String> roles = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final String summary;
  private final Set<String> skills = new HashSet<>();

  /**
   * @param truth the document's JSON Resume
   * @param meta the corpus's meta of the document ({@code headings}: section key → heading text)
   */
  public LineLabeller(JsonNode truth, JsonNode meta) {
    for (Map.Entry<String, JsonNode> heading : meta.path("headings").properties()) {
      Optional<LineLabel> label = headingLabel(heading.getKey());
      String text = withoutCounts(Words.normalize(heading.getValue().asString("")));
      if (label.isPresent() && !text.isEmpty()) {
        headings.put(text, label.get());
        headings.put(text.replace(" ", ""), label.get());
      }
    }
    JsonNode basics = truth.path("basics");
    name = Words.normalize(basics.path("name").asString(""));
    title = Words.normalize(basics.path("label").asString(""));
    summary = Words.normalize(basics.path("summary").asString(""));
    city = Words.normalize(basics.path("location").path("city").asString(""));
    for (String field : List.of("email", "url")) {
      addIfPresent(contacts, basics.path(field).asString("").toLowerCase(Locale.ROOT));
    }
    for (JsonNode profile : basics.path("profiles")) {
      addIfPresent(contacts, profile.path("url").asString("").toLowerCase(Locale.ROOT));
      addIfPresent(contacts, profile.path("username").asString("").toLowerCase(Locale.ROOT));
    }
    String phone = basics.path("phone").asString("").replaceAll("\\D", "");
    if (phone.length() >= 7) {
      contactDigits.add(phone.substring(phone.length() - 7));
    }
    for (String section : List.of("work", "volunteer", "education", "projects")) {
      for (JsonNode entry : truth.path(section)) {
        for (String field : List.of("name", "organization", "institution")) {
          addIfPresent(organisations, Words.normalize(entry.path(field).asString("")));
        }
        for (String field : List.of("position", "studyType", "area")) {
          addIfPresent(roles, Words.normalize(entry.path(field).asString("")));
        }
        String degree =
            (entry.path("studyType").asString("") + " " + entry.path("area").asString("")).strip();
        addIfPresent(roles, Words.normalize(degree));
        addIfPresent(texts, Words.normalize(entry.path("summary").asString("")));
        addIfPresent(texts, Words.normalize(entry.path("description").asString("")));
        for (JsonNode highlight : entry.path("highlights")) {
          addIfPresent(texts, Words.normalize(highlight.asString("")));
        }
        for (JsonNode course : entry.path("courses")) {
          addIfPresent(texts, Words.normalize(course.asString("")));
        }
      }
    }
    for (JsonNode skill : truth.path("skills")) {
      addIfPresent(skills, Words.normalize(skill.path("name").asString("")));
      for (JsonNode keyword : skill.path("keywords")) {
        addIfPresent(skills, Words.normalize(keyword.asString("")));
      }
    }
  }

  /** A label per line, in order. */
  public List<LineLabel> label(List<LayoutLine> lines) {
    List<LineLabel> labels = new ArrayList<>(lines.size());
    boolean beforeFirstHeading = true;
    for (int i = 0; i < lines.size(); i++) {
      LineLabel label = label(lines.get(i).text(), beforeFirstHeading);
      if (!label.isHeading() && i + 1 < lines.size()) {
        // A heading wrapped over two lines ("ACADEMIC" over "QUALIFICATIONS"): both are it.
        LineLabel wrapped = wrappedHeading(lines.get(i), lines.get(i + 1));
        if (wrapped != null) {
          labels.add(wrapped);
          labels.add(wrapped);
          i++;
          beforeFirstHeading = false;
          continue;
        }
      }
      if (label.isHeading()) {
        beforeFirstHeading = false;
      }
      labels.add(label);
    }
    return labels;
  }

  private LineLabel wrappedHeading(LayoutLine first, LayoutLine second) {
    if (first.isBlank() || second.isBlank() || first.column() != second.column()) {
      return null;
    }
    String joined = Words.normalize(first.text() + " " + second.text());
    if (Words.count(joined) > 8) {
      return null;
    }
    LineLabel heading = headings.get(joined);
    return heading != null ? heading : headings.get(joined.replace(" ", ""));
  }

  LineLabel label(String text, boolean inHeader) {
    String words = Words.normalize(text);
    if (words.isEmpty()) {
      return LineLabel.OTHER;
    }
    int count = Words.count(words);
    if (count <= 8) {
      LineLabel heading = headings.get(words);
      if (heading == null) {
        heading = headings.get(words.replace(" ", ""));
      }
      if (heading != null) {
        return heading;
      }
    }
    if (isContact(text, words, count, inHeader)) {
      return LineLabel.CONTACT;
    }
    if (!name.isEmpty()
        && Words.containsWords(words, name)
        && count <= Words.count(name) + 3
        && inHeader) {
      return LineLabel.NAME;
    }
    if (inHeader
        && !title.isEmpty()
        && Words.containsWords(words, title)
        && count <= Words.count(title) + 2) {
      return LineLabel.TITLE;
    }
    for (String organisation : organisations) {
      if (Words.containsWords(words, organisation) && count <= Words.count(organisation) + 12) {
        return LineLabel.ORGANISATION;
      }
    }
    for (String role : roles) {
      if (Words.containsWords(words, role) && count <= Words.count(role) + 10) {
        return LineLabel.ROLE;
      }
    }
    Optional<DateRanges.Found> dates = DateRanges.find(text);
    if (dates.isPresent() && Words.count(Words.normalize(dates.get().remove(text))) <= 4) {
      return LineLabel.DATES;
    }
    if (isSkills(text, words)) {
      return LineLabel.SKILL;
    }
    String unbulleted = Words.normalize(Bullets.unbullet(text));
    if (count >= 3 && Words.containsWords(summary, unbulleted)) {
      return LineLabel.SUMMARY_TEXT;
    }
    if (count >= 3 || Bullets.isBullet(text)) {
      for (String body : texts) {
        if (Words.containsWords(body, unbulleted)) {
          return LineLabel.BULLET;
        }
      }
    }
    return LineLabel.OTHER;
  }

  private boolean isContact(String text, String words, int count, boolean inHeader) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String contact : contacts) {
      if (lower.contains(contact)) {
        return true;
      }
    }
    String digits = text.replaceAll("\\D", "");
    for (String phone : contactDigits) {
      if (digits.contains(phone)) {
        return true;
      }
    }
    return inHeader && !city.isEmpty() && Words.containsWords(words, city) && count <= 10;
  }

  /** "Languages: Java, Go, SQL": most of the listed items (after any category) are skills. */
  private boolean isSkills(String text, String words) {
    if (skills.contains(words)) {
      return true;
    }
    int colon = text.indexOf(':');
    String list = colon >= 0 && colon < 40 ? text.substring(colon + 1) : text;
    String[] items = list.split("[,;|·•/]|\\s{2,}");
    int known = 0;
    int all = 0;
    for (String item : items) {
      String normalized = Words.normalize(item);
      if (normalized.isEmpty()) {
        continue;
      }
      all++;
      if (skills.contains(normalized)) {
        known++;
      }
    }
    return all > 0 && known * 2 >= all && (known >= 2 || all == 1);
  }

  /**
   * A heading as a renderer may report it, with a count or dates after its words ("Education (2)",
   * "Work 2019-01 to 2020-02"): the words alone, as the heading line shows them.
   */
  static String withoutCounts(String heading) {
    String[] words = heading.split(" ");
    int end = words.length;
    while (end > 1 && words[end - 1].chars().anyMatch(Character::isDigit)
        || end > 1 && words[end - 1].equals("to")) {
      end--;
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, end));
  }

  /** The heading label of a meta key: a JSON Resume section name or one of its common synonyms. */
  static Optional<LineLabel> headingLabel(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    String kind =
        switch (k) {
          case "work", "experience", "employment" -> "EXPERIENCE";
          case "basics", "summary", "about", "profile", "objective" -> "SUMMARY";
          case "contact", "contacts" -> "CONTACT";
          case "award", "awards", "honors" -> "AWARDS";
          case "certificate", "certificates", "certifications" -> "CERTIFICATES";
          case "publication", "publications" -> "PUBLICATIONS";
          case "language", "languages" -> "LANGUAGES";
          case "interest", "interests" -> "INTERESTS";
          case "reference", "references" -> "REFERENCES";
          case "project", "projects" -> "PROJECTS";
          case "skill", "skills" -> "SKILLS";
          case "education" -> "EDUCATION";
          case "volunteer", "volunteering" -> "VOLUNTEER";
          default -> k;
        };
    return LineLabel.headingOf(kind);
  }

  private static void addIfPresent(java.util.Collection<String> into, String value) {
    if (value != null && !value.isBlank()) {
      into.add(value);
    }
  }
}
