package org.careercoach.server.parsing.learning;

import java.util.Locale;
import java.util.Optional;

/**
 * What a line is in a resume. A heading names the section it opens (the kinds are those of the
 * heuristic reader's sections); the other roles describe the line's own content.
 */
public enum LineLabel {
  HEADING_CONTACT,
  HEADING_SUMMARY,
  HEADING_EXPERIENCE,
  HEADING_EDUCATION,
  HEADING_SKILLS,
  HEADING_PROJECTS,
  HEADING_CERTIFICATES,
  HEADING_LANGUAGES,
  HEADING_AWARDS,
  HEADING_VOLUNTEER,
  HEADING_PUBLICATIONS,
  HEADING_INTERESTS,
  HEADING_REFERENCES,
  /** The person's name. */
  NAME,
  /** The person's label under the name ("Senior Data Engineer"). */
  TITLE,
  /** Email, phone, web site, profile or the person's town. */
  CONTACT,
  /** An entry's employer, school or organisation (the line may say more). */
  ORGANISATION,
  /** An entry's position or degree. */
  ROLE,
  /** A line that is mostly an entry's dates. */
  DATES,
  /** An entry's highlights or description. */
  BULLET,
  /** The summary's prose. */
  SUMMARY_TEXT,
  /** A line of skills. */
  SKILL,
  OTHER;

  private static final String HEADING = "HEADING_";

  public boolean isHeading() {
    return name().startsWith(HEADING);
  }

  /** The section kind a heading opens ("EXPERIENCE"), empty for other lines. */
  public Optional<String> sectionKind() {
    return isHeading() ? Optional.of(name().substring(HEADING.length())) : Optional.empty();
  }

  /** The heading label of a section kind ("EDUCATION"), empty for an unknown kind. */
  public static Optional<LineLabel> headingOf(String sectionKind) {
    try {
      return Optional.of(valueOf(HEADING + sectionKind.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
