package org.careercoach.desktop.service.jobmatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careercoach.model.resume.Resume;

/**
 * Matches a draft against a job, offline: which asked-for and nice-to-have skills the draft names,
 * which of the job's keywords it uses, and how close the two are in meaning. Slow only the first
 * time (the embedding model loads): call it off the UI thread.
 */
public final class JobMatcher {

  private final SkillVocabulary skills;
  private final TextSimilarity similarity;

  public JobMatcher(SkillVocabulary skills, TextSimilarity similarity) {
    this.skills = skills;
    this.similarity = similarity;
  }

  public JobMatch match(Resume draft, JobPosting job) {
    String text = DraftText.of(draft);
    Set<String> named = skills.find(text);
    List<String> keywords = Keywords.of(job.title(), job.text());
    return new JobMatch(
        covered(job.required(), named, true),
        covered(job.required(), named, false),
        covered(job.niceToHave(), named, true),
        covered(job.niceToHave(), named, false),
        keywords,
        Keywords.missing(keywords, text),
        text.isBlank() || job.text().isBlank() ? 0 : similarity.between(job.text(), text));
  }

  private static List<String> covered(List<String> wanted, Set<String> named, boolean present) {
    List<String> out = new ArrayList<>();
    for (String skill : wanted) {
      if (named.contains(skill) == present) {
        out.add(skill);
      }
    }
    return out;
  }
}
