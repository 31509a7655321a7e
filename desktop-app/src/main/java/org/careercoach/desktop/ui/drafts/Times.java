package org.careercoach.desktop.ui.drafts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.careercoach.desktop.service.store.DraftStore.VersionReason;

/** Times and dates as the drafts screens show them: in the user's zone and locale. */
final class Times {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

  private Times() {}

  static String of(Instant instant) {
    return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
  }

  static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneId.systemDefault()));
  }

  static String reason(VersionReason reason) {
    return switch (reason) {
      case AUTOSAVE -> "While editing";
      case CLOSED -> "Closed the draft";
      case BEFORE_RESTORE -> "Before restoring an older version";
      case IMPORTED -> "Imported";
      case MOVED_FROM_LOCAL_PROFILE -> "Moved into your account";
      case FROM_ANOTHER_DEVICE -> "From another device";
      case BEFORE_MERGE -> "Before merging a resume file in";
      case MERGED_FROM_FILE -> "Merged a resume file in";
    };
  }
}
