package org.careercoach.formats.layout;

import java.util.List;

/**
 * One item of a section: a job, a degree, a skill group, an award.
 *
 * @param title the entry's line ("Developer | Acme | Lisbon"), never empty
 * @param dates the period or date in words ("Sep 2019 – Present"), or {@code null}
 * @param link a web address of the entry, or {@code null}
 * @param paragraphs running text under the heading
 * @param bullets highlights, each its own list item
 */
public record Entry(
    String title, String dates, Link link, List<String> paragraphs, List<String> bullets) {

  public Entry {
    paragraphs = List.copyOf(paragraphs);
    bullets = List.copyOf(bullets);
  }
}
