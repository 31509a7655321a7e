package org.careercoach.formats.layout;

import java.util.List;

/**
 * A titled part of the resume.
 *
 * @param title the heading, one a reader (or a parser) recognises: "Experience", "Education"
 * @param compact whether the entries are one-liners (skills, languages) that a sidebar can hold
 */
public record Section(String title, boolean compact, List<Entry> entries) {

  public Section {
    entries = List.copyOf(entries);
  }
}
