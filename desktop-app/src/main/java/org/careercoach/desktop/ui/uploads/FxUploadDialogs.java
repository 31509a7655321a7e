package org.careercoach.desktop.ui.uploads;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.careercoach.desktop.service.store.DraftSummary;
import org.careercoach.model.api.Capabilities;

/** The resume-files screens' file choosers and the merge question, over the app's window. */
final class FxUploadDialogs implements UploadDialogs {

  @Override
  public List<Path> chooseResumeFiles(List<Capabilities.FileType> types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Add resume files");
    List<String> all = new ArrayList<>();
    for (Capabilities.FileType type : types) {
      List<String> patterns = type.extensions().stream().map(ext -> "*" + ext).toList();
      all.addAll(patterns);
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.name(), patterns));
    }
    if (!all.isEmpty()) {
      chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Resume files", all));
    }
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
    List<File> chosen = chooser.showOpenMultipleDialog(owner().orElse(null));
    return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> chooseSaveTarget(String fileName) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the original as");
    chooser.setInitialFileName(fileName);
    File chosen = chooser.showSaveDialog(owner().orElse(null));
    return Optional.ofNullable(chosen).map(File::toPath);
  }

  @Override
  public Optional<MergePlan> askMerge(
      List<DraftSummary> drafts, List<ResumeMerge.Section> sections) {
    ComboBox<DraftSummary> draft = new ComboBox<>();
    draft.setId("dialog-merge-draft");
    draft.getItems().setAll(drafts);
    draft.getSelectionModel().selectFirst();
    draft.setAccessibleText("Draft to merge into");
    draft.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(DraftSummary summary) {
            return summary == null ? "" : summary.title();
          }

          @Override
          public DraftSummary fromString(String text) {
            return null;
          }
        });
    draft.setMaxWidth(Double.MAX_VALUE);
    Label draftLabel = new Label("Merge into");
    draftLabel.setLabelFor(draft);

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(8);
    Map<ResumeMerge.Section, ComboBox<ResumeMerge.Choice>> choices =
        new EnumMap<>(ResumeMerge.Section.class);
    int row = 0;
    for (ResumeMerge.Section section : sections) {
      ComboBox<ResumeMerge.Choice> choice = new ComboBox<>();
      choice.setId("dialog-merge-" + section.key());
      choice.getItems().setAll(ResumeMerge.Choice.values());
      // Nothing of the draft is lost by default: lists gain the file's entries, the basics only
      // their gaps filled.
      choice.setValue(ResumeMerge.Choice.ADD);
      choice.setConverter(
          new StringConverter<>() {
            @Override
            public String toString(ResumeMerge.Choice value) {
              if (value == null) {
                return "";
              }
              return section == ResumeMerge.Section.BASICS && value == ResumeMerge.Choice.ADD
                  ? "Fill in what the draft lacks"
                  : value.label();
            }

            @Override
            public ResumeMerge.Choice fromString(String text) {
              return null;
            }
          });
      choice.setAccessibleText(section.label() + ": what to do");
      Label label = new Label(section.label());
      label.setLabelFor(choice);
      grid.addRow(row++, label, choice);
      choices.put(section, choice);
    }
    Label intro =
        new Label(
            "For each section the file has, keep the draft's, replace it with the file's, or add"
                + " the file's entries. The draft's text before the merge is kept in its History.");
    intro.setWrapText(true);
    intro.setMaxWidth(440);
    intro.getStyleClass().add(Styles.TEXT_MUTED);

    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.setTitle("Merge into a draft");
    dialog.setHeaderText("Merge into a draft");
    ButtonType mergeButton = new ButtonType("Merge", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, mergeButton);
    dialog.getDialogPane().setContent(new VBox(12, intro, new VBox(4, draftLabel, draft), grid));
    owner().ifPresent(dialog::initOwner);
    return dialog
        .showAndWait()
        .filter(mergeButton::equals)
        .filter(pressed -> draft.getValue() != null)
        .map(
            pressed -> {
              Map<ResumeMerge.Section, ResumeMerge.Choice> chosen =
                  new EnumMap<>(ResumeMerge.Section.class);
              choices.forEach((section, box) -> chosen.put(section, box.getValue()));
              return new MergePlan(draft.getValue(), chosen);
            });
  }

  private static Optional<Window> owner() {
    return Window.getWindows().stream().filter(Window::isShowing).findFirst();
  }
}
