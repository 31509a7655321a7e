package org.careercoach.desktop.service.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;

/**
 * What a rewrite request sends: the draft's summary and its jobs' highlights, one per line as
 * {@code PATH: text}, and nothing else of the draft (no name, no contact details). The app shows
 * this text to the person before it goes.
 */
public final class RewriteMaterial {

  /** At most this many items go in one request. */
  static final int MAX_ITEMS = 40;

  private RewriteMaterial() {}

  /** The fields a rewrite may touch, by path, in the draft's order. */
  public static Map<String, String> fields(Resume draft) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (draft.basics() != null && !blank(draft.basics().summary())) {
      fields.put("basics.summary", draft.basics().summary().strip());
    }
    List<Work> work = draft.work() == null ? List.of() : draft.work();
    for (int i = 0; i < work.size(); i++) {
      List<String> highlights =
          work.get(i).highlights() == null ? List.of() : work.get(i).highlights();
      for (int h = 0; h < highlights.size() && fields.size() < MAX_ITEMS; h++) {
        if (!blank(highlights.get(h))) {
          fields.put("work[" + i + "].highlights[" + h + "]", highlights.get(h).strip());
        }
      }
    }
    return fields;
  }

  /** At most this much of a job ad goes with a request toward it. */
  static final int MAX_JOB_CHARS = 6_000;

  /**
   * The request's text for rephrasing toward a job: the job's title and ad first (cut at {@link
   * #MAX_JOB_CHARS}), then the same items as {@link #of}.
   */
  public static String towardJob(Resume draft, JobPosting job) {
    return job(job) + "\n\nItems:\n" + of(draft);
  }

  /** The job as a request carries it: its title, then its ad, cut at {@link #MAX_JOB_CHARS}. */
  static String job(JobPosting job) {
    String ad = job.text().strip();
    return "Job: "
        + (job.title().isBlank() ? "(untitled)" : job.title())
        + "\n"
        + (ad.length() > MAX_JOB_CHARS ? ad.substring(0, MAX_JOB_CHARS) : ad);
  }

  /** The request's text. */
  public static String of(Resume draft) {
    StringBuilder text = new StringBuilder();
    fields(draft)
        .forEach(
            (path, value) -> text.append(path).append(": ").append(oneLine(value)).append('\n'));
    return text.toString();
  }

  private static String oneLine(String value) {
    return value.replaceAll("\\s*\\R\\s*", " ");
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
