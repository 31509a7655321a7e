package org.careercoach.desktop.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import org.careercoach.model.resume.Work;
import org.junit.jupiter.api.Test;

class ResumeFormTest {

  private final Resume sample = Drafts.sample();

  @Test
  void aResumeOnlyLookedAtComesBackEqualAndWritesTheSameJson() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);

    Resume back = form.toResume();

    assertThat(back).isEqualTo(sample);
    assertThat(CoachJson.mapper().writeValueAsString(back))
        .isEqualTo(CoachJson.mapper().writeValueAsString(sample));
  }

  @Test
  void everySectionOfTheResumeIsInTheForm() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);

    assertThat(form.sections())
        .extracting(section -> section.kind().id())
        .containsExactlyInAnyOrder(
            "work",
            "volunteer",
            "education",
            "awards",
            "certificates",
            "publications",
            "skills",
            "languages",
            "interests",
            "references",
            "projects");
    assertThat(form.basics().profiles().entries()).hasSize(2);
  }

  @Test
  void editsReachTheRecordAndUnknownFieldsStayWithTheirEntry() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);
    form.basics().person().get("name").textProperty().set("Ada King");
    form.basics().location().get("city").textProperty().set("Bristol");
    Fields firstJob = form.sections().get(0).entries().get(0).fields();
    firstJob.get("position").textProperty().set("Principal Engineer");
    firstJob
        .get("highlights")
        .textProperty()
        .set("• Cut build times by 40%\n\n- Led the move to SSA\n");

    Resume edited = form.toResume();

    assertThat(edited.basics().name()).isEqualTo("Ada King");
    assertThat(edited.basics().location().city()).isEqualTo("Bristol");
    assertThat(edited.basics().location().extensions()).containsKey("x-timezone");
    assertThat(edited.basics().extensions()).containsKey("x-pronouns");
    Work job = edited.work().get(0);
    assertThat(job.position()).isEqualTo("Principal Engineer");
    assertThat(job.highlights()).containsExactly("Cut build times by 40%", "Led the move to SSA");
    assertThat(job.extensions().get("x-team-size").asInt()).isEqualTo(12);
    assertThat(edited.extensions()).containsKey("x-editor-note");
    assertThat(edited.meta()).isEqualTo(sample.meta());
    assertThat(edited.basics().profiles().get(1).extensions()).containsKey("x-verified");
  }

  @Test
  void aClearedFieldIsAbsentAndAnEmptiedListOfLinesToo() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);
    Fields firstJob = form.sections().get(0).entries().get(0).fields();
    firstJob.get("summary").textProperty().set("   ");
    firstJob.get("highlights").textProperty().set("\n  \n");

    Work job = form.toResume().work().get(0);

    assertThat(job.summary()).isNull();
    assertThat(job.highlights()).isNull();
  }

  @Test
  void sectionsAndBasicsTheResumeNeverHadStayAbsentUntilSomethingIsTyped() {
    Resume empty =
        new Resume(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    ResumeForm form = new ResumeForm(empty, FormListener.NONE);

    assertThat(form.toResume()).isEqualTo(empty);

    EntryListModel<?> skills =
        form.sections().stream().filter(s -> s.kind().id().equals("skills")).findFirst().get();
    skills.add().fields().get("name").textProperty().set("Rust");
    form.basics().person().get("email").textProperty().set("a@example.com");

    Resume typed = form.toResume();
    assertThat(typed.skills()).hasSize(1);
    assertThat(typed.skills().get(0).name()).isEqualTo("Rust");
    assertThat(typed.skills().get(0).keywords()).isNull();
    assertThat(typed.basics().email()).isEqualTo("a@example.com");
    assertThat(typed.basics().location()).isNull();
    assertThat(typed.work()).isNull();
  }

  @Test
  void anEntryRemovedIsGoneAndAnEmptyListTheResumeHadStaysAnEmptyList() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);
    @SuppressWarnings("unchecked")
    EntryListModel<Object> interests =
        (EntryListModel<Object>)
            form.sections().stream()
                .filter(s -> s.kind().id().equals("interests"))
                .findFirst()
                .get();

    interests.remove(interests.entries().get(0));

    assertThat(form.toResume().interests()).isEqualTo(List.of());
  }

  @Test
  void aReviewPointsFieldPathFindsItsInputAndAGoneEntryFindsNone() {
    ResumeForm form = new ResumeForm(sample, FormListener.NONE);

    assertThat(form.field("basics.email")).containsSame(form.basics().person().get("email"));
    assertThat(form.field("basics.location.city"))
        .containsSame(form.basics().location().get("city"));
    EntryListModel<?> work = form.sections().get(0);
    assertThat(form.field("work[0].highlights[2]"))
        .containsSame(work.entries().get(0).fields().get("highlights"));
    assertThat(form.field("work[0].endDate"))
        .containsSame(work.entries().get(0).fields().get("endDate"));
    // A whole section: its first entry's first field.
    assertThat(form.field("work"))
        .containsSame(work.entries().get(0).fields().all().iterator().next());
    assertThat(form.field("work[" + work.entries().size() + "].name")).isEmpty();
    assertThat(form.field("file")).isEmpty();
  }
}
