package org.careercoach.desktop.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careercoach.model.resume.Award;
import org.careercoach.model.resume.Certificate;
import org.careercoach.model.resume.Education;
import org.careercoach.model.resume.Interest;
import org.careercoach.model.resume.Language;
import org.careercoach.model.resume.Project;
import org.careercoach.model.resume.Publication;
import org.careercoach.model.resume.Reference;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.SectionOrder;
import org.careercoach.model.resume.Skill;
import org.careercoach.model.resume.Volunteer;
import org.careercoach.model.resume.Work;

/**
 * A whole resume while it is edited: the basics and one list per section, in the draft's own
 * section order, which the person can change (one undo step a move). {@link #toResume()} gives the
 * immutable record it stands for at any moment; what the form does not show ({@code $schema},
 * {@code meta}, unknown fields at every level) comes back as it was.
 */
final class ResumeForm {

  /** One step of a field path: a name and, for an array, an index. */
  private static final Pattern PATH_STEP = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

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
  private final FormListener listener;
  private final ObservableList<EntryListModel<?>> order = FXCollections.observableArrayList();
  private final ObservableList<EntryListModel<?>> readOnlyOrder =
      FXCollections.unmodifiableObservableList(order);
  private boolean ordered; // the draft says its own order, or the person changed it here

  ResumeForm(Resume resume, FormListener listener) {
    this.original = resume;
    this.listener = listener;
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
    this.ordered = SectionOrder.isSet(resume);
    order.setAll(byName(SectionOrder.of(resume).names()));
  }

  BasicsModel basics() {
    return basics;
  }

  /** The list sections in the order they show, the draft's own ({@link SectionOrder}). */
  ObservableList<EntryListModel<?>> sections() {
    return readOnlyOrder;
  }

  /** The sections' names in their order, as {@link SectionOrder} keeps them. */
  List<String> sectionOrder() {
    return order.stream().map(section -> section.kind().id()).toList();
  }

  /**
   * Moves a section one place up or down, one undo step.
   *
   * @return whether it moved
   */
  boolean moveSection(EntryListModel<?> section, boolean up) {
    List<String> names = new ArrayList<>(sectionOrder());
    int from = order.indexOf(section);
    int to = up ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= names.size()) {
      return false;
    }
    names.add(to, names.remove(from));
    return orderSections(names);
  }

  /**
   * Puts the sections in {@code names}' order (missing ones after, as {@link SectionOrder} does),
   * one undo step.
   *
   * @return whether anything moved
   */
  boolean orderSections(List<String> names) {
    List<EntryListModel<?>> before = List.copyOf(order);
    List<EntryListModel<?>> after = byName(new SectionOrder(names).names());
    if (after.equals(before)) {
      return false;
    }
    order.setAll(after);
    ordered = true;
    listener.structureEdited(UndoStep.of(() -> order.setAll(before), () -> order.setAll(after)));
    return true;
  }

  private List<EntryListModel<?>> byName(List<String> names) {
    List<EntryListModel<?>> all =
        List.of(
            work,
            education,
            skills,
            projects,
            volunteer,
            awards,
            certificates,
            publications,
            languages,
            interests,
            references);
    return names.stream()
        .map(name -> all.stream().filter(s -> s.kind().id().equals(name)).findFirst())
        .flatMap(Optional::stream)
        .<EntryListModel<?>>map(s -> s)
        .toList();
  }

  /**
   * The input a field path names ({@code basics.email}, {@code basics.location.city}, {@code
   * work[2].highlights[0]}, {@code work} for a section's first entry); empty when the draft has no
   * such field (an entry since deleted).
   */
  Optional<FieldModel> field(String path) {
    Matcher step = PATH_STEP.matcher(path);
    List<String> names = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    while (step.find()) {
      names.add(step.group(1));
      indexes.add(step.group(2) == null ? null : Integer.valueOf(step.group(2)));
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    if (names.get(0).equals("basics")) {
      return basicsField(names, indexes);
    }
    for (EntryListModel<?> section : sections()) {
      if (section.kind().id().equals(names.get(0))) {
        Integer index = indexes.get(0) == null ? Integer.valueOf(0) : indexes.get(0);
        return entryField(section, index, names.size() > 1 ? names.get(1) : null);
      }
    }
    return Optional.empty();
  }

  private Optional<FieldModel> basicsField(List<String> names, List<Integer> indexes) {
    if (names.size() < 2) {
      return basics.person().all().stream().findFirst();
    }
    return switch (names.get(1)) {
      case "location" ->
          names.size() > 2
              ? basics.location().find(names.get(2))
              : basics.location().all().stream().findFirst();
      case "profiles" ->
          entryField(
              basics.profiles(),
              indexes.get(1) == null ? 0 : indexes.get(1),
              names.size() > 2 ? names.get(2) : null);
      default -> basics.person().find(names.get(1));
    };
  }

  private static Optional<FieldModel> entryField(EntryListModel<?> section, int index, String key) {
    if (index >= section.entries().size()) {
      return Optional.empty();
    }
    Fields fields = section.entries().get(index).fields();
    Optional<FieldModel> named = key == null ? Optional.empty() : fields.find(key);
    return named.or(() -> fields.all().stream().findFirst());
  }

  Resume toResume() {
    Resume resume =
        new Resume(
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
    // A draft that never had an order keeps none: its meta stays as it came.
    return ordered ? new SectionOrder(sectionOrder()).applyTo(resume) : resume;
  }

  /** Whether every field can be saved as typed (no bad date). */
  boolean valid() {
    return basics.valid() && sections().stream().allMatch(EntryListModel::valid);
  }
}
