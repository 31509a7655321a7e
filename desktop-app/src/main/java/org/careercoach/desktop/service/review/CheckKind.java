package org.careercoach.desktop.service.review;

/** The scorecard's checks, each with the heading the review shows and its weight in the score. */
public enum CheckKind {
  CONTACT("Contact details", 8),
  DATE_ORDER("Dates in order", 8),
  DATE_OVERLAP("Overlapping jobs", 2),
  DATE_GAP("Gaps between jobs", 3),
  HIGHLIGHTS("Entries with highlights", 5),
  NUMBERS("Achievements with numbers", 4),
  WEAK_OPENING("Strong opening verbs", 3),
  REPEATED_WORDS("Repeated words", 2),
  LENGTH("Length for the experience", 4),
  SECTION_ORDER("Section order", 3),
  SPELLING("Spelling", 5),
  TEXT_LAYER("Text machines can read", 10),
  COLUMNS("One reading order", 4),
  PARSER_CONFIDENCE("Fields a parser is sure of", 4);

  private final String title;
  private final int weight;

  CheckKind(String title, int weight) {
    this.title = title;
    this.weight = weight;
  }

  public String title() {
    return title;
  }

  /** Points one finding of this kind takes off the score of 100. */
  public int weight() {
    return weight;
  }
}
