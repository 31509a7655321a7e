package org.careercoach.desktop.ui.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careercoach.desktop.service.SameThreadExecutor;
import org.careercoach.desktop.service.uploads.ResumeFileItem.Stage;
import org.careercoach.desktop.service.uploads.ResumeFilesException;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.ui.shell.Screen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resume-files screen's view model, without a toolkit, over files on disk. */
class ResumeFilesViewModelTest {

  private final SameThreadExecutor executor = new SameThreadExecutor();
  private final MemoryResumeFiles files = new MemoryResumeFiles();
  private final UploadAnswers answers = new UploadAnswers();
  private final java.util.List<String> reviewed = new java.util.ArrayList<>();
  @TempDir Path dir;
  private ResumeFilesViewModel viewModel;

  @BeforeEach
  void open() {
    viewModel =
        new ResumeFilesViewModel(
            executor, files, answers, answers, answers, answers, reviewed::add);
  }

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void addedFilesShowNewestFirstWithTheServersRulesInOneLine() throws Exception {
    viewModel.addFiles(List.of(file("cv.pdf", "%PDF one"), file("old.txt", "Ana Lima")));

    assertThat(viewModel.rows()).extracting(FileRow::name).containsExactly("old.txt", "cv.pdf");
    assertThat(viewModel.rows()).extracting(FileRow::stage).containsOnly("Waiting to upload");
    assertThat(viewModel.messageProperty().get()).isEqualTo("Added 2 files.");
    assertThat(viewModel.refusals()).isEmpty();
    assertThat(viewModel.rulesProperty().get())
        .isEqualTo(
            "PDF, Word document or plain text up to 10 MB · 29 uploads left this hour · 3.2 MB"
                + " of 100 MB used");
    assertThat(answers.shown).containsExactly(Screen.RESUME_FILES);
  }

  @Test
  void eachRefusalAndDuplicateIsSaidInWordsAndTheRestIsAdded() throws Exception {
    Path cv = file("cv.pdf", "%PDF one");
    viewModel.addFiles(List.of(cv));
    Path copy = file("cv copy.pdf", "%PDF one");
    Path photo = file("photo.png", "not a resume");

    viewModel.addFiles(List.of(copy, photo, file("new.txt", "Ana")));

    assertThat(viewModel.refusals())
        .containsExactly(
            "cv copy.pdf is here already: the same as cv.pdf",
            "photo.png was not added: only PDF, Word or plain text files are read");
    assertThat(viewModel.messageProperty().get()).isEqualTo("Added new.txt.");
    assertThat(viewModel.rows()).extracting(FileRow::name).containsExactly("new.txt", "cv.pdf");
  }

  @Test
  void theChooserIsFilteredByTheServersTypesAndGoesThroughTheSameCommand() throws Exception {
    answers.answer(List.of(file("cv.docx", "PK word")));

    viewModel.chooseFiles();

    assertThat(answers.offeredTypes).isEqualTo(MemoryResumeFiles.RULES.acceptedTypes());
    assertThat(files.calls).containsExactly("add 1");
    assertThat(viewModel.rows()).extracting(FileRow::name).containsExactly("cv.docx");
  }

  @Test
  void aCancelledChooserAddsNothing() {
    viewModel.chooseFiles();

    assertThat(files.calls).isEmpty();
    assertThat(viewModel.messageProperty().get()).isEmpty();
  }

  @Test
  void stagesShowInWordsWithTheUploadsProgressAndCancelOnlyWhileItCanBeCancelled()
      throws Exception {
    viewModel.addFiles(List.of(file("cv.txt", "x".repeat(1000))));
    String key = viewModel.rows().get(0).key();

    files.move(key, Stage.WAITING, 0, "the server can't be reached");
    assertThat(viewModel.rows().get(0).stage())
        .isEqualTo("Waiting to upload — the server can't be reached");
    assertThat(viewModel.rows().get(0).cancellable()).isTrue();

    files.move(key, Stage.UPLOADING, 450, "");
    FileRow uploading = viewModel.rows().get(0);
    assertThat(uploading.stage()).isEqualTo("Uploading 45%");
    assertThat(uploading.progress()).isEqualTo(0.45);
    assertThat(uploading.reviewable()).isFalse();

    files.move(key, Stage.QUEUED, 1000, "");
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Queued");
    assertThat(viewModel.rows().get(0).progress()).isEqualTo(-1);
    assertThat(viewModel.rows().get(0).cancellable()).isFalse();
    files.move(key, Stage.READING, 1000, "");
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Reading");
    files.move(key, Stage.FAILED, 1000, "it holds no text (a scan?)");
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Failed — it holds no text (a scan?)");
    assertThat(viewModel.rows().get(0).readable()).isTrue();
    files.move(key, Stage.READ, 1000, "");
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Read");
    assertThat(viewModel.rows().get(0).reviewable()).isTrue();
  }

  @Test
  void theSelectionFollowsTheFileAcrossStageChanges() throws Exception {
    viewModel.addFiles(List.of(file("a.txt", "a"), file("b.txt", "b")));
    FileRow b = viewModel.rows().get(0);
    viewModel.selectedProperty().set(b);

    files.move(b.key(), Stage.UPLOADING, 0, "");

    assertThat(viewModel.selectedProperty().get().key()).isEqualTo(b.key());
    assertThat(viewModel.selectedProperty().get().item().stage()).isEqualTo(Stage.UPLOADING);
  }

  @Test
  void cancelAndReadAgainAndReviewCallTheService() throws Exception {
    viewModel.addFiles(List.of(file("a.txt", "a"), file("b.txt", "b")));
    FileRow b = viewModel.rows().get(0);
    FileRow a = viewModel.rows().get(1);

    viewModel.cancel(b);
    assertThat(viewModel.rows()).extracting(FileRow::name).containsExactly("a.txt");
    assertThat(viewModel.messageProperty().get()).isEqualTo("Cancelled b.txt.");

    files.move(a.key(), Stage.READ, 1, "");
    viewModel.review(viewModel.rows().get(0));
    assertThat(reviewed).containsExactly(a.key());
    viewModel.readAgain(viewModel.rows().get(0));
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Queued");
  }

  @Test
  void aRefusedReadAgainShowsTheServersWordsAndChangesNothing() throws Exception {
    viewModel.addFiles(List.of(file("a.txt", "a")));
    String key = viewModel.rows().get(0).key();
    files.move(key, Stage.READ, 1, "");
    files.failNext =
        new ResumeFilesException("You asked for 10 readings this hour; try again at 10:40.");

    viewModel.readAgain(viewModel.rows().get(0));

    assertThat(viewModel.problemProperty().get())
        .isEqualTo("You asked for 10 readings this hour; try again at 10:40.");
    assertThat(viewModel.rows().get(0).stage()).isEqualTo("Read");
  }

  @Test
  void deleteAsksFirstAndACancelledQuestionKeepsTheFile() throws Exception {
    viewModel.addFiles(List.of(file("a.txt", "a")));
    String key = viewModel.rows().get(0).key();
    files.move(key, Stage.READ, 1, "");

    answers.answer(false);
    viewModel.delete(viewModel.rows().get(0));
    assertThat(answers.asked).containsExactly("Delete a.txt?");
    assertThat(files.calls).doesNotContain("delete " + key);
    assertThat(viewModel.rows()).hasSize(1);

    answers.answer(true);
    viewModel.delete(viewModel.rows().get(0));
    assertThat(files.calls).contains("delete " + key);
    assertThat(viewModel.rows()).isEmpty();
    assertThat(viewModel.emptyProperty().get()).isTrue();
  }

  @Test
  void openAndSaveTheOriginal() throws Exception {
    Path cv = file("a.txt", "Ana Lima, engineer");
    viewModel.addFiles(List.of(cv));
    FileRow row = viewModel.rows().get(0);

    viewModel.openOriginal(row);
    assertThat(answers.opened).containsExactly(cv);

    Path target = dir.resolve("saved/copy.txt");
    Files.createDirectories(target.getParent());
    answers.answer(target);
    viewModel.saveOriginalAs(row);
    assertThat(target).hasContent("Ana Lima, engineer");
    assertThat(target.resolveSibling("copy.txt.part")).doesNotExist();
    assertThat(viewModel.messageProperty().get()).isEqualTo("Saved a.txt as " + target + ".");
  }

  @Test
  void aSaveThatFailsSaysWhyAndLeavesNoHalfFile() throws Exception {
    viewModel.addFiles(List.of(file("a.txt", "a")));
    Path target = dir.resolve("no-such-folder/copy.txt");
    answers.answer(target);

    viewModel.saveOriginalAs(viewModel.rows().get(0));

    assertThat(viewModel.problemProperty().get()).startsWith("Could not finish that for a.txt: ");
    assertThat(target).doesNotExist();
  }

  @Test
  void signedOutItInvitesSignInAndAddsNothing() throws Exception {
    files.availability(Availability.SIGNED_OUT, "");

    viewModel.addFiles(List.of(file("a.txt", "a")));

    assertThat(viewModel.noticeProperty().get())
        .isEqualTo("Resume files need an account: the server reads them. Sign in to add yours.");
    assertThat(viewModel.problemProperty().get()).startsWith("Sign in to add resume files");
    assertThat(files.calls).isEmpty();
    viewModel.signIn();
    assertThat(answers.shown).endsWith(Screen.SIGN_IN);
  }

  @Test
  void offlineItSaysFilesWaitAndStillAddsThem() throws Exception {
    files.availability(Availability.OFFLINE, "connection refused");

    viewModel.addFiles(List.of(file("a.txt", "a")));

    assertThat(viewModel.noticeProperty().get())
        .isEqualTo(
            "The server can't be reached (connection refused). Files you add wait on this"
                + " computer and go when it is back.");
    assertThat(viewModel.rows()).hasSize(1);
  }
}
