package org.careercoach.desktop.service.coaching;

import java.util.List;

/**
 * A rewrite the model proposed for one field of the draft.
 *
 * @param path the field, as the review and the parser name it ({@code basics.summary}, {@code
 *     work[1].highlights[0]})
 * @param before the field's text when it was sent
 * @param after the proposed text
 * @param invented what the proposal states that the draft does not (a number, a name, a degree): a
 *     proposal with any is shown, never applied
 */
public record Proposal(String path, String before, String after, List<String> invented) {

  public Proposal {
    invented = List.copyOf(invented);
  }

  /** Whether it may be accepted: it adds no fact the draft does not have. */
  public boolean acceptable() {
    return invented.isEmpty();
  }
}
