package org.careercoach.server.parsing.heuristic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careercoach.model.resume.Award;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Interest;
import org.careercoach.model.resume.PartialDate;
import org.careercoach.model.resume.Project;
import org.careercoach.server.parsing.text.Bullets;
import org.careercoach.server.parsing.text.Contacts;
import org.careercoach.server.parsing.text.DateRanges;
import org.careercoach.server.parsing.text.Line;

/**
 * Projects (blocks led by a name line), certificates and awards (one per line, issuer and date if
 * any) and interests.
 */
final class OtherSections {

  private OtherSections() {}

  static List<Project> projects(List<Line> lines) {
    List<Project> projects = new ArrayList<>();
    List<List<Line>> blocks = blocks(lines);
    for (List<Line> block : blocks) {
      String first = Bullets.unbullet(block.get(0).text());
      Optional<DateRanges.Found> dates = DateRanges.find(first);
      String heading =
          dates.map(d -> d.remove(first)).orElse(first).replaceAll("[\\s|,–—-]+$", "").strip();
      String url = Contacts.anyUrl(heading).orElse(null);
      String name =
          url == null ? heading : heading.replace(url, "").replaceAll("[\\s|:–—-]+$", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      List<String> description = new ArrayList<>();
      List<String> highlights = new ArrayList<>();
      for (Line line : block.subList(1, block.size())) {
        String text = line.text();
        if (url == null && Contacts.anyUrl(text).isPresent() && text.split("\\s+").length <= 3) {
          url = Contacts.anyUrl(text).get();
        } else if (Bullets.isBullet(text)) {
          highlights.add(Bullets.unbullet(text));
        } else {
          description.add(text.strip());
        }
      }
      PartialDate start = dates.map(DateRanges.Found::start).orElse(null);
      PartialDate end = dates.map(d -> d.start() == null ? d.end() : d.end()).orElse(null);
      projects.add(
          new Project(
              name,
              description.isEmpty() ? null : String.join(" ", description),
              highlights.isEmpty() ? null : highlights,
              null,
              start,
              start == null ? null : end,
              url,
              null,
              null,
              null,
              Map.of()));
    }
    return projects;
  }

  /** "Title — Awarder (2019)" per line, as certificates are written. */
  static List<Award> awards(List<Line> lines) {
    return certificates(lines).stream()
        .map(c -> new Award(c.name(), c.date(), c.issuer(), null, Map.of()))
        .toList();
  }

  /** Interests as skills are written: "Music: jazz, piano" or a plain list. */
  static List<Interest> interests(List<Line> lines) {
    return SkillLists.skills(lines).stream()
        .map(s -> new Interest(s.name(), s.keywords(), Map.of()))
        .toList();
  }

  static List<Certificate> certificates(List<Line> lines) {
    List<Certificate> certificates = new ArrayList<>();
    for (Line line : lines) {
      String text = Bullets.unbullet(line.text()).strip();
      if (text.isEmpty()) {
        continue;
      }
      Optional<DateRanges.Found> dates = DateRanges.find(text);
      String rest =
          dates.map(d -> d.remove(text)).orElse(text).replaceAll("[\\s|,()–—-]+$", "").strip();
      String name = rest;
      String issuer = null;
      for (String separator : new String[] {" | ", " — ", " – ", " - ", ", "}) {
        int at = rest.lastIndexOf(separator);
        if (at > 0) {
          name = rest.substring(0, at).strip();
          issuer = rest.substring(at + separator.length()).strip();
          break;
        }
      }
      PartialDate date = dates.map(d -> d.end() != null ? d.end() : d.start()).orElse(null);
      certificates.add(new Certificate(name, date, null, issuer, Map.of()));
    }
    return certificates;
  }

  /** Runs of lines separated by blank lines; a new non-bullet line after bullets starts a block. */
  private static List<List<Line>> blocks(List<Line> lines) {
    List<List<Line>> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    boolean sawBullet = false;
    for (Line line : lines) {
      boolean bullet = Bullets.isBullet(line.text());
      if (line.isBlank() || (!bullet && sawBullet)) {
        if (!current.isEmpty()) {
          blocks.add(current);
        }
        current = new ArrayList<>();
        sawBullet = false;
        if (line.isBlank()) {
          continue;
        }
      }
      current.add(line);
      sawBullet |= bullet;
    }
    if (!current.isEmpty()) {
      blocks.add(current);
    }
    return blocks;
  }
}
