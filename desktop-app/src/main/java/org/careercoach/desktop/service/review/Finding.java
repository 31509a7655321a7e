package org.careercoach.desktop.service.review;

import java.util.List;
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
 * @param sectionOrder when the fix is a new order of the sections, that order (the editor offers it
 *     as one click, an ordinary undoable edit); otherwise empty
 */
public record Finding(
    CheckKind kind,
    String path,
    String subject,
    String problem,
    String fix,
    List<String> sectionOrder) {

  public Finding {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(path);
    Objects.requireNonNull(subject);
    sectionOrder = sectionOrder == null ? List.of() : List.copyOf(sectionOrder);
  }

  /** A finding the person fixes by hand. */
  public Finding(CheckKind kind, String path, String subject, String problem, String fix) {
    this(kind, path, subject, problem, fix, List.of());
  }

  /** The point this finding makes, whatever its wording: kind, field and subject. */
  public String identity() {
    return kind + " " + path + " " + subject;
  }
}
