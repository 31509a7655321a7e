package org.careercoach.formats.layout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.careercoach.model.resume.Award;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Interest;
import org.careercoach.model.resume.Language;
import org.careercoach.model.resume.Location;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Profile;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Publication;
import org.careercoach.model.resume.Reference;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/**
 * Turns a resume into what it shows. The wording is chosen to be read back by machines as well as
 * people: section headings an applicant tracking system knows, the entry's role, organisation and
 * place on one line joined by {@code |}, and its period on the next line as {@code Sep 2019 –
 * Present}.
 */
public final class Layouts {

  static final String SEPARATOR = " | ";
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private Layouts() {}

  /** The layout of a resume; never fails on missing parts, which are simply left out. */
  public static ResumeLayout of(Resume resume) {
    Basics basics = resume.basics();
    String name = basics == null ? "" : text(basics.name());
    String label = basics == null ? null : blankToNull(basics.label());
    List<Section> sections = new ArrayList<>();
    if (basics != null && hasText(basics.summary())) {
      sections.add(
          new Section(
              "Summary",
              false,
              List.of(new Entry("", null, null, paragraphs(basics.summary()), List.of()))));
    }
    // Each section by its JSON Resume name, then printed in the resume's own order.
    Map<String, Section> byName = new HashMap<>();
    add(byName, "work", "Experience", false, resume.work(), Layouts::work);
    add(byName, "education", "Education", false, resume.education(), Layouts::education);
    add(byName, "skills", "Skills", true, resume.skills(), Layouts::skill);
    add(byName, "projects", "Projects", false, resume.projects(), Layouts::project);
    add(byName, "volunteer", "Volunteer Experience", false, resume.volunteer(), Layouts::volunteer);
    add(byName, "awards", "Awards", false, resume.awards(), Layouts::award);
    add(
        byName,
        "certificates",
        "Certifications",
        false,
        resume.certificates(),
        Layouts::certificate);
    add(byName, "publications", "Publications", false, resume.publications(), Layouts::publication);
    add(byName, "languages", "Languages", true, resume.languages(), Layouts::language);
    add(byName, "interests", "Interests", true, resume.interests(), Layouts::interest);
    add(byName, "references", "References", false, resume.references(), Layouts::reference);
    for (String section : SectionOrder.of(resume).names()) {
      if (byName.containsKey(section)) {
        sections.add(byName.get(section));
      }
    }
    return new ResumeLayout(name, label, contacts(basics), sections);
  }

  /** A date as a resume shows it: {@code 2019}, or {@code Apr 2019} when the month is known. */
  public static String date(PartialDate date) {
    if (date.month() == null) {
      return Integer.toString(date.year());
    }
    return MONTHS[date.month() - 1] + " " + date.year();
  }

  /**
   * Where a user-written address may safely point, or {@code null}: web and mail addresses only (a
   * {@code javascript:} or {@code file:} link in a resume is an attack, not a contact), and a bare
   * {@code example.com} is taken as a web address.
   */
  public static String safeHref(String address) {
    if (!hasText(address)) {
      return null;
    }
    String trimmed = address.strip();
    String candidate = trimmed.matches("(?i)[a-z][a-z0-9+.-]*:.*") ? trimmed : "https://" + trimmed;
    try {
      URI uri = new URI(candidate);
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean mail = scheme.equals("mailto") || scheme.equals("tel");
      return web || mail ? uri.toASCIIString() : null;
    } catch (URISyntaxException e) {
      // Not an address a reader could follow: shown as plain text instead.
      return null;
    }
  }

  private static List<Link> contacts(Basics basics) {
    List<Link> out = new ArrayList<>();
    if (basics == null) {
      return out;
    }
    if (hasText(basics.email())) {
      out.add(new Link(basics.email().strip(), safeHref("mailto:" + basics.email().strip())));
    }
    if (hasText(basics.phone())) {
      out.add(new Link(basics.phone().strip(), phoneHref(basics.phone())));
    }
    if (hasText(basics.url())) {
      out.add(new Link(basics.url().strip(), safeHref(basics.url())));
    }
    Location location = basics.location();
    if (location != null) {
      String street = joined(", ", location.address(), location.postalCode());
      String place = joined(", ", location.city(), location.region(), location.countryCode());
      if (!street.isEmpty()) {
        out.add(new Link(street, null));
      }
      if (!place.isEmpty()) {
        out.add(new Link(place, null));
      }
    }
    for (Profile profile : orEmpty(basics.profiles())) {
      String shown = profileText(profile);
      if (shown != null) {
        out.add(new Link(shown, safeHref(profile.url())));
      }
    }
    return out;
  }

  private static String phoneHref(String phone) {
    String digits = phone.replaceAll("[^0-9+]", "");
    return digits.replace("+", "").length() >= 3 ? "tel:" + digits : null;
  }

  private static String profileText(Profile profile) {
    String network = blankToNull(profile.network());
    String who =
        hasText(profile.username()) ? profile.username().strip() : blankToNull(profile.url());
    if (who == null) {
      return network;
    }
    return network == null ? who : network + ": " + who;
  }

  private static Entry work(Work w) {
    return new Entry(
        joined(SEPARATOR, w.position(), w.name(), w.location()),
        period(w.startDate(), w.endDate()),
        link(w.url()),
        concat(paragraphs(w.description()), paragraphs(w.summary())),
        clean(w.highlights()));
  }

  private static Entry education(Education e) {
    String degree = joined(" — ", e.studyType(), e.area());
    List<String> details = new ArrayList<>();
    if (hasText(e.score())) {
      details.add("Grade: " + e.score().strip());
    }
    if (!clean(e.courses()).isEmpty()) {
      details.add("Courses: " + String.join(", ", clean(e.courses())));
    }
    return new Entry(
        joined(SEPARATOR, degree, e.institution()),
        period(e.startDate(), e.endDate()),
        link(e.url()),
        details,
        List.of());
  }

  private static Entry skill(Skill s) {
    String keywords = String.join(", ", clean(s.keywords()));
    String head =
        joined(" ", text(s.name()), hasText(s.level()) ? "(" + s.level().strip() + ")" : "");
    String line = head.isEmpty() ? keywords : keywords.isEmpty() ? head : head + ": " + keywords;
    return new Entry(line, null, null, List.of(), List.of());
  }

  private static Entry project(Project p) {
    List<String> paragraphs = new ArrayList<>(paragraphs(p.description()));
    if (!clean(p.roles()).isEmpty()) {
      paragraphs.add("Roles: " + String.join(", ", clean(p.roles())));
    }
    if (!clean(p.keywords()).isEmpty()) {
      paragraphs.add("Keywords: " + String.join(", ", clean(p.keywords())));
    }
    return new Entry(
        joined(SEPARATOR, p.name(), p.entity(), p.type()),
        period(p.startDate(), p.endDate()),
        link(p.url()),
        paragraphs,
        clean(p.highlights()));
  }

  private static Entry volunteer(Volunteer v) {
    return new Entry(
        joined(SEPARATOR, v.position(), v.organization()),
        period(v.startDate(), v.endDate()),
        link(v.url()),
        paragraphs(v.summary()),
        clean(v.highlights()));
  }

  private static Entry award(Award a) {
    return new Entry(
        joined(SEPARATOR, a.title(), a.awarder()),
        a.date() == null ? null : date(a.date()),
        null,
        paragraphs(a.summary()),
        List.of());
  }

  private static Entry certificate(Certificate c) {
    return new Entry(
        joined(SEPARATOR, c.name(), c.issuer()),
        c.date() == null ? null : date(c.date()),
        link(c.url()),
        List.of(),
        List.of());
  }

  private static Entry publication(Publication p) {
    return new Entry(
        joined(SEPARATOR, p.name(), p.publisher()),
        p.releaseDate() == null ? null : date(p.releaseDate()),
        link(p.url()),
        paragraphs(p.summary()),
        List.of());
  }

  private static Entry language(Language l) {
    return new Entry(joined(": ", l.language(), l.fluency()), null, null, List.of(), List.of());
  }

  private static Entry interest(Interest i) {
    String keywords = String.join(", ", clean(i.keywords()));
    String name = text(i.name());
    String line = name.isEmpty() ? keywords : keywords.isEmpty() ? name : name + ": " + keywords;
    return new Entry(line, null, null, List.of(), List.of());
  }

  private static Entry reference(Reference r) {
    return new Entry(text(r.name()), null, null, paragraphs(r.reference()), List.of());
  }

  private static <T> void add(
      Map<String, Section> sections,
      String name,
      String title,
      boolean compact,
      List<T> items,
      Function<T, Entry> toEntry) {
    List<Entry> entries =
        orEmpty(items).stream()
            .filter(Objects::nonNull)
            .map(toEntry)
            .filter(
                e -> !e.title().isEmpty() || !e.paragraphs().isEmpty() || !e.bullets().isEmpty())
            .toList();
    if (!entries.isEmpty()) {
      sections.put(name, new Section(title, compact, entries));
    }
  }

  private static String period(PartialDate start, PartialDate end) {
    if (start == null && end == null) {
      return null;
    }
    if (start == null) {
      return date(end);
    }
    return date(start) + " – " + (end == null ? "Present" : date(end));
  }

  private static Link link(String url) {
    return hasText(url) ? new Link(url.strip(), safeHref(url)) : null;
  }

  private static List<String> paragraphs(String text) {
    if (!hasText(text)) {
      return List.of();
    }
    return Stream.of(text.split("\\R\\s*\\R"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Absent lists stay {@code null} in the model (a round trip must not invent them). */
  private static <T> List<T> orEmpty(List<T> items) {
    return items == null ? List.of() : items;
  }

  private static List<String> clean(List<String> items) {
    return orEmpty(items).stream().filter(Layouts::hasText).map(String::strip).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static String joined(String separator, String... parts) {
    return Stream.of(parts)
        .filter(Layouts::hasText)
        .map(String::strip)
        .collect(Collectors.joining(separator));
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static String blankToNull(String s) {
    return hasText(s) ? s.strip() : null;
  }
}
