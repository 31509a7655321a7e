package org.careercoach.desktop.service.jobmatch;

import java.util.List;
import org.careercoach.model.resume.Basics;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/** The words of a draft a job is matched against: what a recruiter reads, one item a line. */
final class DraftText {

  private DraftText() {}

  static String of(Resume resume) {
    StringBuilder text = new StringBuilder();
    Basics basics = resume.basics();
    if (basics != null) {
      line(text, basics.label());
      line(text, basics.summary());
    }
    for (Work job : each(resume.work())) {
      line(text, job.position());
      line(text, job.summary());
      line(text, job.description());
      each(job.highlights()).forEach(h -> line(text, h));
    }
    for (Project project : each(resume.projects())) {
      line(text, project.name());
      line(text, project.description());
      each(project.highlights()).forEach(h -> line(text, h));
      each(project.keywords()).forEach(k -> line(text, k));
    }
    for (Volunteer role : each(resume.volunteer())) {
      line(text, role.position());
      line(text, role.summary());
      each(role.highlights()).forEach(h -> line(text, h));
    }
    for (Education school : each(resume.education())) {
      line(text, school.studyType());
      line(text, school.area());
      each(school.courses()).forEach(c -> line(text, c));
    }
    for (Certificate certificate : each(resume.certificates())) {
      line(text, certificate.name());
    }
    for (Skill skill : each(resume.skills())) {
      line(text, skill.name());
      each(skill.keywords()).forEach(k -> line(text, k));
    }
    return text.toString();
  }

  private static void line(StringBuilder text, String value) {
    if (value != null && !value.isBlank()) {
      text.append(value.strip()).append('\n');
    }
  }

  private static <T> List<T> each(List<T> values) {
    return values == null ? List.of() : values;
  }
}
