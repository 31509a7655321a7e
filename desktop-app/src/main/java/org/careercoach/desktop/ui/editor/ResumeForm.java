package org.careercoach.desktop.ui.editor;

import java.util.List;
import org.careercoach.model.resume.Award;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Interest;
import org.careercoach.model.resume.Language;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Publication;
import org.careercoach.model.resume.Reference;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/**
 * A whole resume while it is edited: the basics and one list per section, in the order the form
 * shows them. {@link #toResume()} gives the immutable record it stands for at any moment; what the
 * form does not show ({@code $schema}, {@code meta}, unknown fields at every level) comes back as
 * it was.
 */
final class ResumeForm {

  private final Resume original;
  private final BasicsModel basics;
  private final EntryListModel<Work> work;
  private final EntryListModel<Volunteer> volunteer;
  private final EntryListModel<Education> education;
  private final EntryListModel<Award> awards;
  private final EntryListModel<Certificate> certificates;
  private final EntryListModel<Publication> publications;
  private final EntryListModel<Skill> skills;
  private final EntryListModel<Language> languages;
  private final EntryListModel<Interest> interests;
  private final EntryListModel<Reference> references;
  private final EntryListModel<Project> projects;

  ResumeForm(Resume resume, FormListener listener) {
    this.original = resume;
    this.basics = new BasicsModel(resume.basics(), listener);
    this.work = new EntryListModel<>(new WorkKind(), resume.work(), listener);
    this.volunteer = new EntryListModel<>(new VolunteerKind(), resume.volunteer(), listener);
    this.education = new EntryListModel<>(new EducationKind(), resume.education(), listener);
    this.awards = new EntryListModel<>(new AwardKind(), resume.awards(), listener);
    this.certificates =
        new EntryListModel<>(new CertificateKind(), resume.certificates(), listener);
    this.publications =
        new EntryListModel<>(new PublicationKind(), resume.publications(), listener);
    this.skills = new EntryListModel<>(new SkillKind(), resume.skills(), listener);
    this.languages = new EntryListModel<>(new LanguageKind(), resume.languages(), listener);
    this.interests = new EntryListModel<>(new InterestKind(), resume.interests(), listener);
    this.references = new EntryListModel<>(new ReferenceKind(), resume.references(), listener);
    this.projects = new EntryListModel<>(new ProjectKind(), resume.projects(), listener);
  }

  BasicsModel basics() {
    return basics;
  }

  /** The list sections in the order they show. */
  List<EntryListModel<?>> sections() {
    return List.of(
        work,
        projects,
        education,
        skills,
        volunteer,
        awards,
        certificates,
        publications,
        languages,
        interests,
        references);
  }

  Resume toResume() {
    return new Resume(
        original.schema(),
        basics.toBasics(),
        work.toList(),
        volunteer.toList(),
        education.toList(),
        awards.toList(),
        certificates.toList(),
        publications.toList(),
        skills.toList(),
        languages.toList(),
        interests.toList(),
        references.toList(),
        projects.toList(),
        original.meta(),
        original.extensions());
  }

  /** Whether every field can be saved as typed (no bad date). */
  boolean valid() {
    return basics.valid() && sections().stream().allMatch(EntryListModel::valid);
  }
}
