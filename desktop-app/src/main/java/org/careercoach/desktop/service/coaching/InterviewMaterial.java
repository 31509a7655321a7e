package org.careercoach.desktop.service.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.careercoach.desktop.service.jobmatch.JobPosting;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Work;

/**
 * What a request for generated interview questions sends: the job (when one is matched) and, of the
 * draft, the headline, the positions held and the skills; no name, no contact details, no
 * highlights. The app shows this text to the person before it goes.
 */
public final class InterviewMaterial {

  private InterviewMaterial() {}

  /** The request's text; empty when neither the draft nor the job says anything to ask about. */
  public static String of(Resume draft, JobPosting job) {
    StringBuilder text = new StringBuilder();
    if (job != null && !job.text().isBlank()) {
      text.append(RewriteMaterial.job(job)).append("\n\n");
    }
    List<String> resume = new ArrayList<>();
    Basics basics = draft.basics();
    if (basics != null && basics.label() != null && !basics.label().isBlank()) {
      resume.add("Headline: " + basics.label().strip());
    }
    for (Work work : Objects.requireNonNullElse(draft.work(), List.<Work>of())) {
      if (work.position() != null && !work.position().isBlank()) {
        resume.add(
            "Position: "
                + work.position().strip()
                + (work.name() == null || work.name().isBlank()
                    ? ""
                    : " at " + work.name().strip()));
      }
    }
    List<String> skills = new ArrayList<>();
    for (Skill skill : Objects.requireNonNullElse(draft.skills(), List.<Skill>of())) {
      if (skill.name() != null && !skill.name().isBlank()) {
        skills.add(skill.name().strip());
      }
      for (String keyword : Objects.requireNonNullElse(skill.keywords(), List.<String>of())) {
        if (keyword != null && !keyword.isBlank()) {
          skills.add(keyword.strip());
        }
      }
    }
    if (!skills.isEmpty()) {
      resume.add("Skills: " + String.join(", ", skills));
    }
    if (!resume.isEmpty()) {
      text.append("Resume:\n").append(String.join("\n", resume)).append('\n');
    }
    return text.toString();
  }
}
