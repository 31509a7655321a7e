package org.careercoach.desktop.service.review;

import java.util.Objects;

/**
 * One point of the scorecard.
 *
 * @param kind the check that found it
 * @param path the field it is about, named as the editor and the parser's provenance name fields
 *     ({@code basics.email}, {@code work[2].highlights[0]}, {@code work} for a whole section)
 * @param subject what in that field (a word, "email"): with kind and path, what makes two findings
 *     the same point, so a count in the words can change without making a new one
 * @param problem what is wrong, in words
 * @param fix what to do about it, in words
 */
public record Finding(CheckKind kind, String path, String subject, String problem, String fix) {

  public Finding {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(path);
    Objects.requireNonNull(subject);
  }

  /** The point this finding makes, whatever its wording: kind, field and subject. */
  public String identity() {
    return kind + " " + path + " " + subject;
  }
}
