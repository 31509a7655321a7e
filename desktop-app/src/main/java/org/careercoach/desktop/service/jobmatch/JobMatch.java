package org.careercoach.desktop.service.jobmatch;

import java.util.List;

/**
 * How a draft meets a job.
 *
 * @param requiredCovered the asked-for skills the draft names
 * @param requiredMissing the asked-for skills it does not
 * @param niceCovered the nice-to-have skills it names
 * @param niceMissing the nice-to-have skills it does not
 * @param keywords the job's title words and the content words it repeats
 * @param keywordsMissing those the draft never uses
 * @param similarity how close the two texts are in meaning, from the offline sentence-embedding
 *     model: cosine of their embeddings, about 0.1–0.3 for unrelated texts, 0.6 and above for the
 *     same kind of work
 */
public record JobMatch(
    List<String> requiredCovered,
    List<String> requiredMissing,
    List<String> niceCovered,
    List<String> niceMissing,
    List<String> keywords,
    List<String> keywordsMissing,
    double similarity) {

  public JobMatch {
    requiredCovered = List.copyOf(requiredCovered);
    requiredMissing = List.copyOf(requiredMissing);
    niceCovered = List.copyOf(niceCovered);
    niceMissing = List.copyOf(niceMissing);
    keywords = List.copyOf(keywords);
    keywordsMissing = List.copyOf(keywordsMissing);
  }

  /** The share of asked-for skills the draft names (1 when the job names none). */
  public double requiredCoverage() {
    int all = requiredCovered.size() + requiredMissing.size();
    return all == 0 ? 1 : (double) requiredCovered.size() / all;
  }

  /** The share of the job's keywords the draft uses (1 when it has none). */
  public double keywordCoverage() {
    return keywords.isEmpty() ? 1 : 1 - (double) keywordsMissing.size() / keywords.size();
  }
}
