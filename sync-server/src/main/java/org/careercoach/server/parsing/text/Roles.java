package org.careercoach.server.parsing.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words that tell a job title, a degree, an institution or a place from each other. */
public final class Roles {

  private static final Set<String> TITLE_WORDS =
      Set.of(
          "engineer",
          "developer",
          "manager",
          "director",
          "consultant",
          "lecturer",
          "faculty",
          "professor",
          "instructor",
          "teacher",
          "analyst",
          "designer",
          "architect",
          "scientist",
          "researcher",
          "intern",
          "internship",
          "lead",
          "head",
          "founder",
          "cofounder",
          "co-founder",
          "owner",
          "president",
          "vp",
          "cto",
          "ceo",
          "cfo",
          "coo",
          "cio",
          "officer",
          "specialist",
          "editor",
          "writer",
          "assistant",
          "associate",
          "coordinator",
          "administrator",
          "technician",
          "programmer",
          "fellow",
          "advisor",
          "adviser",
          "chair",
          "tutor",
          "mentor",
          "supervisor",
          "representative",
          "partner",
          "principal",
          "staff",
          "senior",
          "junior",
          "sr",
          "jr",
          "contractor",
          "freelance",
          "freelancer",
          "maintainer",
          "contributor",
          "producer",
          "strategist",
          "evangelist",
          "advocate",
          "sre",
          "devops",
          "accountant",
          "attorney",
          "lawyer",
          "nurse",
          "postdoc",
          "postdoctoral",
          "trainee",
          "apprentice",
          "clerk",
          "operator",
          "member",
          "volunteer",
          "organizer",
          "organiser",
          "ambassador",
          "coach",
          "artist",
          "translator",
          "executive",
          "secretary",
          "treasurer",
          "chief",
          "team",
          "student",
          "graduate",
          "undergraduate",
          "teaching",
          "research",
          "product",
          "software",
          "qa",
          "tester",
          "test",
          "support",
          "sales",
          "marketing",
          "hacker",
          "builder");
  private static final Set<String> INSTITUTION_WORDS =
      Set.of(
          "university",
          "college",
          "institute",
          "school",
          "academy",
          "polytechnic",
          "universidad",
          "universite",
          "université",
          "universität",
          "universitat",
          "conservatory",
          "politecnico",
          "hochschule",
          "ecole",
          "école",
          "iit",
          "mit",
          "ucla",
          "nyu",
          "faculty",
          "skole",
          "skola",
          "schule",
          "gymnasium",
          "lyceum",
          "seminary");

  /** Lines of a study that are not its degree but belong with it ("Minor in Economics"). */
  private static final Pattern STUDY_DETAIL =
      Pattern.compile("(?i)\\b(?:coursework|minor|major|ged)\\b");

  private Roles() {}

  public static boolean isTitle(String text) {
    for (String word : words(text)) {
      if (TITLE_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isInstitution(String text) {
    for (String word : words(text)) {
      if (INSTITUTION_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isDegree(String text) {
    return Degrees.mentions(text) || STUDY_DETAIL.matcher(text).find();
  }

  /** States, provinces and countries, as "Portland, Oregon" or "Utrecht, Netherlands" end. */
  private static final Set<String> REGIONS =
      Set.of(
          "alabama",
          "alaska",
          "arizona",
          "arkansas",
          "california",
          "colorado",
          "connecticut",
          "delaware",
          "florida",
          "georgia",
          "hawaii",
          "idaho",
          "illinois",
          "indiana",
          "iowa",
          "kansas",
          "kentucky",
          "louisiana",
          "maine",
          "maryland",
          "massachusetts",
          "michigan",
          "minnesota",
          "mississippi",
          "missouri",
          "montana",
          "nebraska",
          "nevada",
          "new hampshire",
          "new jersey",
          "new mexico",
          "new york",
          "north carolina",
          "north dakota",
          "ohio",
          "oklahoma",
          "oregon",
          "pennsylvania",
          "rhode island",
          "south carolina",
          "south dakota",
          "tennessee",
          "texas",
          "utah",
          "vermont",
          "virginia",
          "washington",
          "west virginia",
          "wisconsin",
          "wyoming",
          "ontario",
          "quebec",
          "british columbia",
          "alberta",
          "usa",
          "united states",
          "canada",
          "mexico",
          "brazil",
          "argentina",
          "uk",
          "united kingdom",
          "england",
          "scotland",
          "ireland",
          "france",
          "germany",
          "netherlands",
          "the netherlands",
          "belgium",
          "spain",
          "portugal",
          "italy",
          "switzerland",
          "austria",
          "sweden",
          "norway",
          "denmark",
          "finland",
          "poland",
          "czech republic",
          "czechia",
          "romania",
          "ukraine",
          "greece",
          "turkey",
          "israel",
          "india",
          "pakistan",
          "bangladesh",
          "china",
          "japan",
          "korea",
          "south korea",
          "singapore",
          "vietnam",
          "philippines",
          "indonesia",
          "malaysia",
          "australia",
          "new zealand",
          "nigeria",
          "kenya",
          "south africa",
          "egypt",
          "uae");

  /** "Brooklyn, NY", "remote", "New York City": a place rather than an organisation. */
  public static boolean isPlace(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    int comma = t.lastIndexOf(", ");
    if (comma > 0 && REGIONS.contains(t.substring(comma + 2).strip())) {
      return true;
    }
    return t.startsWith("remote")
        || t.matches("[a-z .'-]+, ?[a-z]{2}")
        || t.matches("[a-z .'-]+, ?[a-z .'-]+, ?[a-z]{2,3}")
        || Set.of(
                "new york city",
                "new york",
                "london",
                "san francisco",
                "berlin",
                "paris",
                "toronto",
                "seattle",
                "boston",
                "chicago",
                "austin",
                "los angeles",
                "hybrid",
                "onsite",
                "on-site")
            .contains(t);
  }

  private static String[] words(String text) {
    return text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+");
  }
}
