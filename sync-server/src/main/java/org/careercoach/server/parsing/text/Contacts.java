package org.careercoach.server.parsing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.Profile;

/** Email, phone, web site, profiles and location, wherever on a line they stand. */
public final class Contacts {

  public static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.+-])[\\w.+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  public static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w/])(?:\\+?\\d{1,3}[\\s.-]?)?(?:\\(\\d{1,4}\\)[\\s.-]?)?\\d[\\d\\s.-]{5,}\\d(?![\\w/])");
  public static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|www\\.)[^\\s|,;<>()]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|io|dev|me|net|org|co|app|ai|tech|xyz|info|page|site|blog)(?:/[^\\s|,;<>()]*)?\\b");
  private static final Pattern LABELLED =
      Pattern.compile(
          "^(?i)(e|email|e-mail|mail|p|phone|tel|mobile|cell|w|web|website|site|url|l|location|address|home|a)\\s*:\\s*");
  private static final Pattern NETWORK =
      Pattern.compile(
          "(?i)^(linkedin|github|gitlab|twitter|x|stackoverflow|stack overflow|medium|dribbble|behance|mastodon|bluesky|youtube|instagram|facebook|kaggle|orcid|researchgate|google scholar|blog|book)\\s*:\\s*(.+)$");
  private static final Pattern PROFILE_URL =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.)?(linkedin\\.com/in|github\\.com|gitlab\\.com|twitter\\.com|x\\.com|stackoverflow\\.com/users)/([^\\s/|,]+)");

  private Contacts() {}

  public static Optional<String> email(String text) {
    Matcher m = EMAIL.matcher(text);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  public static Optional<String> phone(String text) {
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      String candidate = m.group().strip();
      long digits = candidate.chars().filter(Character::isDigit).count();
      if (digits >= 7 && digits <= 15 && !looksLikeDateRange(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A personal web site: a URL that is not an email domain and not a known profile network. */
  public static Optional<String> website(String text) {
    String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
    Matcher m = URL.matcher(withoutEmails);
    while (m.find()) {
      String url = m.group();
      if (!PROFILE_URL.matcher(url).find()) {
        return Optional.of(url.replaceAll("[.)]+$", ""));
      }
    }
    return Optional.empty();
  }

  /** Any URL, profile links included (a project's repository). */
  public static Optional<String> anyUrl(String text) {
    Matcher m = URL.matcher(EMAIL.matcher(text).replaceAll(" "));
    return m.find() ? Optional.of(m.group().replaceAll("[.)]+$", "")) : Optional.empty();
  }

  /** Profiles written as "LinkedIn: name" or as a profile URL. */
  public static List<Profile> profiles(String segment) {
    List<Profile> profiles = new ArrayList<>();
    Matcher labelled = NETWORK.matcher(segment.strip());
    if (labelled.matches()) {
      String network = capitalize(labelled.group(1));
      String value = labelled.group(2).strip();
      Matcher url = PROFILE_URL.matcher(value);
      if (url.find()) {
        profiles.add(
            new Profile(network, url.group(2), normalizeUrl(url.group()), java.util.Map.of()));
      } else {
        String username = value.replaceFirst("^[/@]", "");
        profiles.add(new Profile(network, username, null, java.util.Map.of()));
      }
      return profiles;
    }
    Matcher url = PROFILE_URL.matcher(segment);
    while (url.find()) {
      String host = url.group(1).toLowerCase(Locale.ROOT);
      String network =
          host.startsWith("linkedin")
              ? "LinkedIn"
              : host.startsWith("github")
                  ? "GitHub"
                  : host.startsWith("gitlab")
                      ? "GitLab"
                      : host.startsWith("stackoverflow") ? "Stack Overflow" : "Twitter";
      profiles.add(
          new Profile(network, url.group(2), normalizeUrl(url.group()), java.util.Map.of()));
    }
    return profiles;
  }

  /** A "City, Region, Country" segment, or one labelled "Location:". */
  public static Optional<Location> location(String segment) {
    String text = LABELLED.matcher(segment.strip()).replaceFirst("");
    boolean labelled = !text.equals(segment.strip());
    if (EMAIL.matcher(text).find()
        || URL.matcher(text).find()
        || text.chars().filter(Character::isDigit).count() > 0) {
      return Optional.empty();
    }
    if (Roles.isTitle(text)) {
      return Optional.empty();
    }
    // "Lisbon, Portugal", "San Francisco – US", "Berlin · Germany": a town, then its region.
    String[] parts = text.split("\\s*,\\s*|\\s+[–—·|/-]\\s+");
    if (parts.length < 2 && !labelled) {
      return Optional.empty();
    }
    if (parts.length > 4 || text.length() > 60) {
      return Optional.empty();
    }
    for (String part : parts) {
      if (part.isBlank()
          || part.split("\\s+").length > 4
          || !Character.isUpperCase(part.charAt(0))) {
        return Optional.empty();
      }
    }
    String city = parts[0];
    String region = parts.length > 1 ? parts[1] : null;
    String country = parts.length > 2 ? parts[parts.length - 1] : null;
    String countryCode = country != null && country.matches("[A-Z]{2}") ? country : null;
    return Optional.of(new Location(null, null, city, countryCode, region, java.util.Map.of()));
  }

  /** Removes a "Phone:" or "E:" label before the value. */
  public static String unlabel(String segment) {
    return LABELLED.matcher(segment.strip()).replaceFirst("");
  }

  public static boolean isContact(String segment) {
    return email(segment).isPresent()
        || phone(segment).isPresent()
        || URL.matcher(segment).find()
        || NETWORK.matcher(segment.strip()).matches()
        || LABELLED.matcher(segment.strip()).find();
  }

  private static boolean looksLikeDateRange(String candidate) {
    return candidate.matches("(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}");
  }

  private static String normalizeUrl(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("http") ? url : "https://" + url;
  }

  private static String capitalize(String network) {
    String lower = network.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "linkedin" -> "LinkedIn";
      case "github" -> "GitHub";
      case "gitlab" -> "GitLab";
      case "stackoverflow", "stack overflow" -> "Stack Overflow";
      default -> Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    };
  }
}
