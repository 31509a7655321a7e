package org.careercoach.desktop.ui.uploads;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.uploads.ResumeFilesState.Availability;
import org.careercoach.desktop.ui.common.Forms;

/**
 * The resume files: the server's rules, a drop zone with "Add files…", what the last add refused,
 * and the list with each file's stage. Keys: Enter reviews the selected file, Delete deletes it;
 * every action is also a button and in the list's context menu. Files dropped anywhere on the
 * window arrive through the window's own handler ({@link UploadScreens#acceptDrops}).
 */
final class ResumeFilesView extends VBox {

  private static final PseudoClass DRAG_OVER = PseudoClass.getPseudoClass("drag-over");

  ResumeFilesView(ResumeFilesViewModel viewModel) {
    super(12);
    getStyleClass().addAll("screen", "resume-files-screen", "fills-window");

    Label heading = new Label("Resume files");
    heading.setId("files-heading");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label rules = new Label();
    rules.setId("files-rules");
    rules.setWrapText(true);
    rules.getStyleClass().add(Styles.TEXT_MUTED);
    rules.textProperty().bind(viewModel.rulesProperty());
    rules.visibleProperty().bind(viewModel.rulesProperty().isNotEmpty());
    rules.managedProperty().bind(rules.visibleProperty());

    BooleanBinding signedOut = viewModel.availabilityProperty().isEqualTo(Availability.SIGNED_OUT);
    getChildren()
        .addAll(
            new VBox(2, heading, rules),
            notice(viewModel, signedOut),
            dropZone(viewModel, signedOut),
            Forms.notice(viewModel.problemProperty(), Styles.DANGER),
            refusals(viewModel),
            Forms.notice(viewModel.messageProperty(), Styles.SUCCESS),
            list(viewModel, signedOut));
  }

  /** Signed out: the invitation to sign in; offline: that files wait. */
  private static HBox notice(ResumeFilesViewModel viewModel, BooleanBinding signedOut) {
    Label text = new Label();
    text.setId("files-notice");
    text.setWrapText(true);
    text.textProperty().bind(viewModel.noticeProperty());
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMaxWidth(Double.MAX_VALUE);
    Button signIn = new Button("Sign in");
    signIn.setId("files-sign-in");
    signIn.getStyleClass().add(Styles.ACCENT);
    signIn.setMinWidth(Region.USE_PREF_SIZE);
    signIn.setOnAction(e -> viewModel.signIn());
    signIn.visibleProperty().bind(signedOut);
    signIn.managedProperty().bind(signIn.visibleProperty());
    HBox bar = new HBox(12, text, signIn);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().addAll("notice", Styles.WARNING);
    bar.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private static VBox dropZone(ResumeFilesViewModel viewModel, BooleanBinding signedOut) {
    Label title = new Label("Drop your resume here");
    title.getStyleClass().add(Styles.TITLE_4);
    Label hint = new Label("Or drop it anywhere on this window.");
    hint.getStyleClass().add(Styles.TEXT_MUTED);
    hint.setWrapText(true);
    Button add = new Button("Add files…");
    add.setId("files-add");
    add.getStyleClass().add(Styles.ACCENT);
    add.setAccessibleHelp("Choose one or more resume files to upload");
    add.setOnAction(e -> viewModel.chooseFiles());
    add.disableProperty().bind(signedOut.or(viewModel.addingProperty()));
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(18, 18);
    spinner.visibleProperty().bind(viewModel.addingProperty());
    spinner.managedProperty().bind(spinner.visibleProperty());
    HBox buttons = new HBox(10, add, spinner);
    buttons.setAlignment(Pos.CENTER);
    VBox zone = new VBox(8, title, hint, buttons);
    zone.setId("files-drop-zone");
    zone.setAlignment(Pos.CENTER);
    zone.getStyleClass().add("drop-zone");
    zone.disableProperty().bind(signedOut);
    // The drop itself goes up to the window's handler; here it only shows where it lands.
    zone.addEventHandler(
        DragEvent.DRAG_ENTERED,
        e -> zone.pseudoClassStateChanged(DRAG_OVER, e.getDragboard().hasFiles()));
    zone.addEventHandler(
        DragEvent.DRAG_EXITED, e -> zone.pseudoClassStateChanged(DRAG_OVER, false));
    zone.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
        });
    return zone;
  }

  private static Label refusals(ResumeFilesViewModel viewModel) {
    Label refused = new Label();
    refused.setId("files-refusals");
    refused.setWrapText(true);
    refused.getStyleClass().addAll("notice", Styles.DANGER);
    refused
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("\n", viewModel.refusals()), viewModel.refusals()));
    refused.visibleProperty().bind(Bindings.isNotEmpty(viewModel.refusals()));
    refused.managedProperty().bind(refused.visibleProperty());
    return refused;
  }

  private static VBox list(ResumeFilesViewModel viewModel, BooleanBinding signedOut) {
    ListView<FileRow> list = new ListView<>(viewModel.rows());
    list.setId("files-list");
    list.setAccessibleText("Resume files");
    list.getStyleClass().add("files-list");
    list.setCellFactory(view -> new FileCell(viewModel));
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedProperty().set(now));
    viewModel
        .selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
              }
            });
    list.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            selected(viewModel, viewModel::review);
          }
        });
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            selected(viewModel, viewModel::review);
          } else if (e.getCode() == KeyCode.DELETE) {
            selected(viewModel, viewModel::delete);
          } else {
            return;
          }
          e.consume();
        });
    ContextMenu menu = new ContextMenu();
    menu.getItems()
        .addAll(
            item("Review", () -> selected(viewModel, viewModel::review)),
            item("Open original", () -> selected(viewModel, viewModel::openOriginal)),
            item("Save original as…", () -> selected(viewModel, viewModel::saveOriginalAs)),
            item("Read again", () -> selected(viewModel, viewModel::readAgain)),
            item("Delete", () -> selected(viewModel, viewModel::delete)));
    list.setContextMenu(menu);

    Label empty = new Label("No resume files yet. Those you add show here as they are read.");
    empty.setId("files-empty");
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    empty.setMouseTransparent(true);
    empty.visibleProperty().bind(viewModel.emptyProperty().and(signedOut.not()));
    StackPane area = new StackPane(list, empty);
    VBox.setVgrow(area, Priority.ALWAYS);
    list.visibleProperty().bind(viewModel.emptyProperty().not());

    var row = viewModel.selectedProperty();
    HBox actions =
        new HBox(
            6,
            action(
                "Review",
                "files-review",
                Bindings.createBooleanBinding(
                    () -> row.get() == null || !row.get().reviewable(), row),
                () -> selected(viewModel, viewModel::review)),
            action(
                "Open original",
                "files-open",
                Bindings.createBooleanBinding(
                    () -> row.get() == null || !row.get().hasOriginal(), row),
                () -> selected(viewModel, viewModel::openOriginal)),
            action(
                "Save original as…",
                "files-save",
                Bindings.createBooleanBinding(
                    () -> row.get() == null || !row.get().hasOriginal(), row),
                () -> selected(viewModel, viewModel::saveOriginalAs)),
            action(
                "Read again",
                "files-read-again",
                Bindings.createBooleanBinding(
                    () -> row.get() == null || !row.get().readable(), row),
                () -> selected(viewModel, viewModel::readAgain)),
            action(
                "Delete",
                "files-delete",
                Bindings.createBooleanBinding(
                    () -> row.get() == null || !row.get().deletable(), row),
                () -> selected(viewModel, viewModel::delete)));
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.visibleProperty().bind(viewModel.emptyProperty().not());
    actions.managedProperty().bind(actions.visibleProperty());
    VBox box = new VBox(8, actions, area);
    VBox.setVgrow(box, Priority.ALWAYS);
    return box;
  }

  private static void selected(
      ResumeFilesViewModel viewModel, java.util.function.Consumer<FileRow> action) {
    FileRow row = viewModel.selectedProperty().get();
    if (row != null) {
      action.accept(row);
    }
  }

  private static Button action(String text, String id, BooleanBinding disabled, Runnable run) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add(Styles.SMALL);
    button.disableProperty().bind(disabled);
    button.setOnAction(e -> run.run());
    return button;
  }

  private static MenuItem item(String text, Runnable run) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> run.run());
    return item;
  }

  /**
   * A file: its name, size and stage in words, a progress bar while it uploads and Cancel while it
   * waits or uploads; read out as one line.
   */
  private static final class FileCell extends ListCell<FileRow> {

    private final Label name = new Label();
    private final Label size = new Label();
    private final Label stage = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Button review = new Button("Review");
    private final HBox box;

    FileCell(ResumeFilesViewModel viewModel) {
      name.getStyleClass().add("file-name");
      size.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
      stage.getStyleClass().add("file-stage");
      stage.setWrapText(true);
      progress.setPrefWidth(160);
      progress.managedProperty().bind(progress.visibleProperty());
      progress.setFocusTraversable(false);
      cancel.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
      cancel.managedProperty().bind(cancel.visibleProperty());
      cancel.setMinWidth(Region.USE_PREF_SIZE);
      cancel.setOnAction(
          e -> {
            if (getItem() != null) {
              viewModel.cancel(getItem());
            }
          });
      // A read file's next step, on its own line: the toolbar's Review needs a selection first.
      review.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
      review.managedProperty().bind(review.visibleProperty());
      review.setMinWidth(Region.USE_PREF_SIZE);
      review.setFocusTraversable(false); // Enter on the selected line reviews it already
      review.setOnAction(
          e -> {
            if (getItem() != null) {
              viewModel.review(getItem());
            }
          });
      VBox text = new VBox(2, new HBox(8, name, size), stage);
      HBox.setHgrow(text, Priority.ALWAYS);
      box = new HBox(12, text, progress, review, cancel);
      box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(FileRow row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      name.setText(row.name());
      size.setText(row.size());
      stage.setText(row.stage());
      for (var each : org.careercoach.desktop.service.uploads.ResumeFileItem.Stage.values()) {
        stage.pseudoClassStateChanged(
            PseudoClass.getPseudoClass(each.name().toLowerCase(java.util.Locale.ROOT)),
            each == row.item().stage());
      }
      progress.setVisible(row.progress() >= 0);
      progress.setProgress(Math.max(0, row.progress()));
      cancel.setVisible(row.cancellable());
      review.setVisible(row.reviewable());
      review.setAccessibleText("Review " + row.name());
      cancel.setAccessibleText("Cancel the upload of " + row.name());
      setAccessibleText(row.spoken());
      setGraphic(box);
    }
  }
}
