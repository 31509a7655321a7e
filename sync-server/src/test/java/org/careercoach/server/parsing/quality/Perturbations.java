package org.careercoach.server.parsing.quality;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Predictions made from a true resume by changing it the ways parsers and people do — other case,
 * accents, country codes, abbreviated degrees, other date forms, lost and invented entries, odd
 * JSON types — so that comparing two scorers on them reaches every rule of the metric.
 */
final class Perturbations {

  private Perturbations() {}

  static JsonNode of(JsonNode truth, int variant) {
    ObjectNode doc = (ObjectNode) truth.deepCopy();
    basics(doc, variant);
    work(doc, variant);
    education(doc, variant);
    skills(doc, variant);
    return doc;
  }

  private static void basics(ObjectNode doc, int variant) {
    if (!(doc.get("basics") instanceof ObjectNode basics)) {
      return;
    }
    String name = basics.path("name").asString("");
    switch (variant % 5) {
      case 0 -> basics.put("name", name.toUpperCase(java.util.Locale.ROOT) + ".");
      case 1 -> basics.put("name", name.replace('e', 'é'));
      case 2 -> basics.remove("name");
      case 3 -> basics.put("name", name + " Jr");
      default -> basics.put("name", 42);
    }
    String email = basics.path("email").asString("");
    switch (variant % 4) {
      case 0 -> basics.put("email", "MAILTO:" + email.toUpperCase(java.util.Locale.ROOT));
      case 1 -> basics.put("email", "x" + email);
      case 2 -> basics.putArray("email").add(email);
      default -> {}
    }
    String phone = basics.path("phone").asString("");
    switch (variant % 6) {
      case 0 -> basics.put("phone", "+1 " + phone);
      case 1 -> basics.put("phone", "0044 " + phone);
      case 2 -> basics.put("phone", phone.length() > 3 ? phone.substring(3) : "n/a");
      case 3 -> basics.put("phone", 5551234567.0);
      case 4 -> basics.put("phone", "tel: none");
      default -> basics.remove("phone");
    }
    String url = basics.path("url").asString("");
    switch (variant % 4) {
      case 0 -> basics.put("url", "HTTPS://www." + url.replaceFirst("^https?://", "") + "//");
      case 1 -> {
        basics.remove("url");
        basics.put("website", url);
      }
      case 2 -> basics.put("url", "");
      default -> {}
    }
    if (basics.get("location") instanceof ObjectNode location) {
      String city = location.path("city").asString("");
      switch (variant % 4) {
        case 0 -> location.put("city", "The City of " + city + ", Inc.");
        case 1 -> location.put("city", city + " Greater Metropolitan Area");
        case 2 -> basics.put("location", city);
        default -> {}
      }
    } else if (variant % 2 == 0) {
      basics.putObject("location").put("city", "Zürich");
    }
  }

  private static void work(ObjectNode doc, int variant) {
    if (!(doc.get("work") instanceof ArrayNode work)) {
      return;
    }
    for (int i = 0; i < work.size(); i++) {
      if (!(work.get(i) instanceof ObjectNode job)) {
        continue;
      }
      int v = variant + i;
      String company = job.path("name").asString(job.path("company").asString(""));
      switch (v % 5) {
        case 0 -> job.put("name", company + " GmbH & Co");
        case 1 -> {
          job.remove("name");
          job.put("company", company.toLowerCase(java.util.Locale.ROOT));
        }
        case 2 -> job.put("name", company.split(" ")[0] + " Holdings Worldwide Group");
        default -> {}
      }
      String position = job.path("position").asString("");
      switch (v % 4) {
        case 0 -> job.put("position", "Senior " + position);
        case 1 -> job.remove("position");
        case 2 -> job.put("position", position.replace(" ", "-"));
        default -> {}
      }
      dates(job, v);
    }
    if (variant % 3 == 0 && !work.isEmpty()) {
      work.remove(work.size() - 1);
    }
    if (variant % 4 == 1) {
      ObjectNode invented = work.addObject();
      invented.put("name", "Invented Company");
      invented.put("position", "Intern");
      invented.put("startDate", "2001-13");
    }
    if (variant % 7 == 2 && work.size() > 1) {
      // The same employer twice: pairing must break the tie the same way.
      work.add(work.get(0).deepCopy());
    }
  }

  private static void education(ObjectNode doc, int variant) {
    if (!(doc.get("education") instanceof ArrayNode education)) {
      return;
    }
    for (int i = 0; i < education.size(); i++) {
      if (!(education.get(i) instanceof ObjectNode school)) {
        continue;
      }
      int v = variant + i;
      String studyType = school.path("studyType").asString("");
      List<String> degrees = List.of("B.Sc.", "Ph.D", "Master's", "MBA", "BS", "Bachelor’s");
      switch (v % 4) {
        case 0 -> school.put("studyType", degrees.get(v % degrees.size()));
        case 1 -> school.put("studyType", studyType.toUpperCase(java.util.Locale.ROOT));
        case 2 -> school.remove("studyType");
        default -> {}
      }
      switch (v % 3) {
        case 0 -> school.put("area", "Computer Science & Engineering");
        case 1 -> school.remove("area");
        default -> {}
      }
      if (v % 5 == 3) {
        school.put("institution", "University of " + school.path("institution").asString(""));
      }
      dates(school, v + 1);
    }
    if (variant % 4 == 2 && !education.isEmpty()) {
      education.remove(0);
    }
  }

  private static void dates(ObjectNode entry, int v) {
    String start = entry.path("startDate").asString("");
    switch (v % 7) {
      case 0 -> entry.put("startDate", start.length() >= 4 ? start.substring(0, 4) : start);
      case 1 -> entry.put("startDate", start + "-15");
      case 2 -> entry.put("startDate", "Mar 2019");
      case 3 -> entry.remove("startDate");
      case 4 -> entry.put("startDate", start.length() >= 4 ? start.substring(0, 4) + "/3" : "now");
      case 5 -> entry.put("startDate", 2019);
      default -> {}
    }
    switch (v % 6) {
      case 0 -> entry.put("endDate", "Present");
      case 1 -> entry.put("endDate", "till date");
      case 2 -> entry.remove("endDate");
      case 3 -> entry.put("endDate", "2020-00");
      case 4 -> entry.put("endDate", "2018-07-01T00:00:00");
      default -> {}
    }
  }

  private static void skills(ObjectNode doc, int variant) {
    if (!(doc.get("skills") instanceof ArrayNode skills)) {
      return;
    }
    for (int i = 0; i < skills.size(); i++) {
      if (!(skills.get(i) instanceof ObjectNode skill)) {
        continue;
      }
      int v = variant + i;
      if (skill.get("keywords") instanceof ArrayNode keywords) {
        ArrayNode changed = skill.putArray("keywords");
        for (int k = 0; k < keywords.size(); k++) {
          String keyword = keywords.get(k).asString("");
          switch ((v + k) % 5) {
            case 0 -> changed.add(keyword.toUpperCase(java.util.Locale.ROOT) + ".");
            case 1 -> {}
            case 2 -> changed.add("  " + keyword.replace(" ", "\t ") + ";");
            default -> changed.add(keyword);
          }
        }
        if (v % 3 == 0) {
          changed.add("Straße");
        }
      }
      if (v % 6 == 5) {
        skill.put("keywords", "abc");
      }
    }
    if (variant % 5 == 4) {
      skills.add("Standalone Skill");
      skills.add(7);
    }
  }
}
