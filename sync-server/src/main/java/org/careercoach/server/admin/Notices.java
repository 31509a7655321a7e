package org.careercoach.server.admin;

import java.util.Map;

/**
 * What a console page says after an action redirected to it ({@code ?done=...}). Only these words
 * are ever shown: a link cannot put its own text on the page.
 */
final class Notices {

  private static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry("retried", "Queued again with a fresh set of attempts."),
          Map.entry("discarded", "The job was discarded."),
          Map.entry("paused", "The queue is paused: running jobs finish, nothing new starts."),
          Map.entry("resumed", "The queue runs again."),
          Map.entry("disabled", "Disabled: every session and event stream of the account ended."),
          Map.entry("enabled", "Enabled: the account may sign in again."),
          Map.entry("promoted", "The account is now an admin."),
          Map.entry("demoted", "The account is no longer an admin."),
          Map.entry("session-ended", "The session ended."),
          Map.entry("reset-sent", "A password-reset link is on its way."),
          Map.entry("resent", "The message was queued to be sent again."));

  private Notices() {}

  /** The words for a code, or null (no notice) for one the console does not make. */
  static String of(String code) {
    if (code == null) {
      return null;
    }
    if (code.matches("retried-\\d{1,9}")) {
      return code.substring("retried-".length())
          + " jobs queued again with a fresh set of attempts.";
    }
    return TEXT.get(code);
  }
}
