package org.careercoach.desktop.service.review;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.careercoach.model.resume.Resume;

/**
 * The offline scorecard of a draft: deterministic checks with a reason and a fix for each point,
 * and the field it is about (so the editor can take the person there). No network, no model: the
 * same draft on the same day always gets the same card.
 */
public final class ResumeReview {

  private final Clock clock;

  public ResumeReview(Clock clock) {
    this.clock = clock;
  }

  public Scorecard review(Resume resume) {
    YearMonth today = YearMonth.now(clock);
    List<Finding> findings = new ArrayList<>();
    findings.addAll(ContactCheck.check(resume));
    findings.addAll(DateCheck.check(resume, today));
    findings.addAll(HighlightsCheck.check(resume));
    findings.addAll(LengthCheck.check(resume, today));
    findings.addAll(SectionOrderCheck.check(resume, today));
    findings.addAll(SpellingCheck.check(resume));
    return new Scorecard(findings);
  }
}
