package org.careercoach.desktop.ui.drafts;

import java.time.LocalDate;
import java.util.Optional;

/** What a draft's name and a "sent to" record must be, checked before anything is stored. */
final class DraftRules {

  static final int MAX_TITLE = 120;
  static final int MAX_NAME = 200;

  private DraftRules() {}

  static Optional<String> title(String title) {
    String text = title == null ? "" : title.strip();
    if (text.isEmpty()) {
      return Optional.of("Give the draft a name.");
    }
    if (text.codePointCount(0, text.length()) > MAX_TITLE) {
      return Optional.of("Use at most " + MAX_TITLE + " characters.");
    }
    return Optional.empty();
  }

  static Optional<String> company(String company) {
    return named(company, "Enter the company you sent it to.");
  }

  static Optional<String> role(String role) {
    return named(role, "Enter the role you applied for.");
  }

  /** A day it was sent: not in the future (a slip of the date picker), not before 1970. */
  static Optional<String> sentOn(LocalDate day, LocalDate today) {
    if (day == null) {
      return Optional.of("Enter the day you sent it, as year-month-day (2026-12-01).");
    }
    if (day.isAfter(today)) {
      return Optional.of("That day is in the future; enter the day you sent it.");
    }
    if (day.getYear() < 1970) {
      return Optional.of("That day is too long ago; check the year.");
    }
    return Optional.empty();
  }

  private static Optional<String> named(String value, String missing) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      return Optional.of(missing);
    }
    return text.length() > MAX_NAME
        ? Optional.of("Use at most " + MAX_NAME + " characters.")
        : Optional.empty();
  }
}
