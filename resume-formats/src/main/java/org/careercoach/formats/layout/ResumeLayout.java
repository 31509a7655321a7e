package org.careercoach.formats.layout;

import java.util.List;

/**
 * A resume laid out for reading: the header and the sections in order, empty parts left out.
 *
 * @param name the person's name, or an empty string
 * @param label the headline under the name, or {@code null}
 * @param contacts email, phone, web address, place and profiles
 * @param sections the body
 */
public record ResumeLayout(String name, String label, List<Link> contacts, List<Section> sections) {

  public ResumeLayout {
    contacts = List.copyOf(contacts);
    sections = List.copyOf(sections);
  }
}
