package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careercoach.desktop.service.store.DraftStore.DraftSort;
import org.careercoach.desktop.service.store.DraftSummary;

/**
 * The drafts list. Keys: Ctrl+N new, Ctrl+F search, Enter open (a conflicted draft: compare), F2
 * rename, Delete to the Trash, Ctrl+Z undo; every action is also a button and in the list's context
 * menu. Conflicted drafts and their copies sit at the top with a badge.
 */
public final class DraftsView extends VBox {

  static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

  public DraftsView(DraftsViewModel viewModel, DraftFilesViewModel files) {
    super(12);
    getStyleClass().addAll("screen", "drafts-screen", "fills-window");

    Label heading = new Label();
    heading.setId("drafts-heading");
    heading.getStyleClass().add(Styles.TITLE_3);
    heading.textProperty().bind(viewModel.headingProperty());
    Label where = new Label();
    where.setId("drafts-where");
    where.getStyleClass().add(Styles.TEXT_MUTED);
    where.textProperty().bind(viewModel.whereProperty());

    TextField search = new TextField();
    search.setId("drafts-search");
    search.setPromptText("Search all text (Ctrl+F)");
    search.setAccessibleText("Search drafts");
    search.setAccessibleHelp("Finds drafts whose name or any field holds every word typed");
    search.textProperty().bindBidirectional(viewModel.queryProperty());
    HBox.setHgrow(search, Priority.ALWAYS);
    search.setMaxWidth(420);

    ComboBox<DraftSort> sort = new ComboBox<>();
    sort.setId("drafts-sort");
    sort.getItems().setAll(DraftSort.LAST_CHANGED, DraftSort.TITLE);
    sort.setConverter(new SortNames());
    sort.valueProperty().bindBidirectional(viewModel.sortProperty());
    sort.setAccessibleText("Sort drafts by");
    Label sortLabel = new Label("Sort by");
    sortLabel.setLabelFor(sort);

    Button create = new Button("New draft");
    create.setId("drafts-new");
    create.getStyleClass().add(Styles.ACCENT);
    create.setAccessibleHelp("Ctrl+N");
    create.setOnAction(e -> viewModel.create());
    Button importFile = new Button("Import…");
    importFile.setId("drafts-import");
    importFile.setAccessibleText("Import a JSON Resume file");
    importFile.setOnAction(e -> files.importFile());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox toolbar = new HBox(8, search, sortLabel, sort, spacer, importFile, create);
    toolbar.setAlignment(Pos.CENTER_LEFT);

    ListView<DraftSummary> list = new ListView<>(viewModel.drafts());
    list.setId("drafts-list");
    list.setAccessibleText("Drafts");
    list.setCellFactory(view -> new DraftCell(viewModel.marks()));
    // A badge comes or goes with the same drafts in the list: cells must draw again.
    viewModel.marks().addListener((MapChangeListener<UUID, ConflictMark>) change -> list.refresh());
    // A reload replaces the items in one change, which the list's skin treats as a replacement:
    // it keeps the scroll position, and the view model keeps the selection.
    list.getStyleClass().add("drafts-list");
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
            viewModel.open();
          }
        });
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            viewModel.open();
          } else if (e.getCode() == KeyCode.F2) {
            viewModel.rename();
          } else if (e.getCode() == KeyCode.DELETE) {
            viewModel.moveToTrash();
          } else {
            return;
          }
          e.consume();
        });
    list.setContextMenu(
        menu(
            item("Open", viewModel::openInEditor),
            item("Compare conflicting versions…", viewModel::compare),
            item("Rename…", viewModel::rename),
            item("Duplicate", viewModel::duplicate),
            item("History", viewModel::showHistory),
            item("Record as sent…", viewModel::recordSent),
            item("Export…", files::exportSelected),
            item("Move to Trash", viewModel::moveToTrash)));

    BooleanBinding none = viewModel.selectedProperty().isNull();
    Button compare = action("Compare versions…", "drafts-compare", none, viewModel::compare);
    compare.getStyleClass().add(Styles.ACCENT);
    compare.setAccessibleHelp("Changed here and on another computer: compare and keep one or both");
    BooleanBinding conflicted =
        Bindings.createBooleanBinding(
            () -> {
              DraftSummary draft = viewModel.selectedProperty().get();
              return draft != null && viewModel.marks().containsKey(draft.id());
            },
            viewModel.selectedProperty(),
            viewModel.marks());
    compare.visibleProperty().bind(conflicted);
    compare.managedProperty().bind(compare.visibleProperty());
    HBox actions =
        new HBox(
            6,
            compare,
            action("Open", "drafts-open", none, viewModel::openInEditor),
            action("Rename…", "drafts-rename", none, viewModel::rename),
            action("Duplicate", "drafts-duplicate", none, viewModel::duplicate),
            action("History", "drafts-history", none, viewModel::showHistory),
            action("Sent to…", "drafts-sent", none, viewModel::recordSent),
            action("Export…", "drafts-export", none, files::exportSelected),
            action("Move to Trash", "drafts-trash", none, viewModel::moveToTrash));
    actions.setAlignment(Pos.CENTER_LEFT);
    actions.getStyleClass().add("drafts-actions");
    actions.visibleProperty().bind(viewModel.emptyProperty().not());
    actions.managedProperty().bind(actions.visibleProperty());

    Label noMatches = new Label("No draft holds all of those words.");
    noMatches.setId("drafts-no-matches");
    noMatches.getStyleClass().add(Styles.TEXT_MUTED);
    noMatches.visibleProperty().bind(viewModel.noMatchesProperty());
    noMatches.mouseTransparentProperty().set(true);

    StackPane listArea = new StackPane(list, noMatches, emptyState(viewModel, files));
    VBox.setVgrow(listArea, Priority.ALWAYS);
    list.visibleProperty().bind(viewModel.emptyProperty().not());

    Label message = notice(viewModel.messageProperty(), Styles.SUCCESS);
    message.setId("drafts-message");
    Label filesMessage = notice(files.messageProperty(), Styles.SUCCESS);
    filesMessage.setId("drafts-files-message");
    Label problem = notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("drafts-problem");
    Label filesProblem = notice(files.problemProperty(), Styles.DANGER);
    filesProblem.setId("drafts-files-problem");
    Label importProblems = new Label();
    importProblems.setId("drafts-import-problems");
    importProblems.setWrapText(true);
    importProblems.getStyleClass().addAll("import-problems", Styles.TEXT_SMALL);
    importProblems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("\n", files.importProblems()), files.importProblems()));
    importProblems.visibleProperty().bind(Bindings.isNotEmpty(files.importProblems()));
    importProblems.managedProperty().bind(importProblems.visibleProperty());

    getChildren()
        .addAll(
            new VBox(2, heading, where),
            toolbar,
            actions,
            problem,
            filesProblem,
            importProblems,
            message,
            filesMessage,
            listArea,
            undoBar(viewModel));

    // Window-wide while this screen shows, wherever the focus is (a text field keeps its own
    // Ctrl+Z: the scene runs accelerators only for keys nobody consumed).
    Map<KeyCombination, Runnable> keys =
        Map.of(
            NEW,
            () -> {
              viewModel.create();
              list.requestFocus();
            },
            FIND,
            () -> {
              search.requestFocus();
              search.selectAll();
            },
            UNDO,
            viewModel::undo);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                keys.keySet().forEach(old.getAccelerators()::remove);
              }
              if (scene != null) {
                scene.getAccelerators().putAll(keys);
                viewModel.reload();
                list.requestFocus();
              }
            });
    search.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.DOWN) {
            list.requestFocus();
            if (list.getSelectionModel().isEmpty()) {
              list.getSelectionModel().selectFirst();
            }
            e.consume();
          }
        });
  }

  /** What a new user sees: the three ways to start. */
  private static VBox emptyState(DraftsViewModel viewModel, DraftFilesViewModel files) {
    Label title = new Label("No drafts yet");
    title.getStyleClass().add(Styles.TITLE_4);
    Label text =
        new Label(
            "Start a resume from scratch, or bring the one you already have: a PDF or Word"
                + " resume is read into a draft for you to check, a JSON Resume file imported as"
                + " it is. Everything is saved on this computer as you type.");
    text.setWrapText(true);
    text.setMaxWidth(420);
    text.getStyleClass().add(Styles.TEXT_MUTED);
    Button first = new Button("Create your first resume");
    first.setId("drafts-empty-new");
    first.getStyleClass().add(Styles.ACCENT);
    first.setOnAction(e -> viewModel.create());
    Button importFile = new Button("Import a JSON Resume file");
    importFile.setId("drafts-empty-import");
    importFile.setOnAction(e -> files.importFile());
    Button readFile = new Button("Read a PDF or Word resume");
    readFile.setId("drafts-empty-read-file");
    readFile.setOnAction(e -> viewModel.readResumeFiles());
    // Whole words on every button: at the window's first size they wrap onto a second row rather
    // than shrink to "Create your first resu…".
    FlowPane buttons = new FlowPane(10, 10, first, readFile, importFile);
    buttons.setAlignment(Pos.CENTER);
    for (Button button : List.of(first, readFile, importFile)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox box = new VBox(12, title, text, buttons);
    box.setAlignment(Pos.CENTER);
    box.setId("drafts-empty");
    box.getStyleClass().add("empty-state");
    box.visibleProperty().bind(viewModel.emptyProperty());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** The snackbar after a delete: Undo for a few seconds. */
  private static HBox undoBar(DraftsViewModel viewModel) {
    Label text = new Label();
    text.setId("drafts-undo-message");
    text.textProperty().bind(viewModel.undoMessageProperty());
    Button undo = new Button("Undo");
    undo.setId("drafts-undo");
    undo.setAccessibleHelp("Ctrl+Z");
    undo.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
    undo.setOnAction(e -> viewModel.undo());
    HBox bar = new HBox(16, text, undo);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("snackbar");
    bar.setMaxWidth(Region.USE_PREF_SIZE);
    bar.visibleProperty().bind(viewModel.undoableProperty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  static Label notice(javafx.beans.value.ObservableStringValue text, String style) {
    Label notice = new Label();
    notice.textProperty().bind(text);
    notice.setWrapText(true);
    notice.getStyleClass().addAll("notice", style);
    notice.visibleProperty().bind(Bindings.isNotEmpty(text));
    notice.managedProperty().bind(notice.visibleProperty());
    return notice;
  }

  static Button action(String text, String id, BooleanBinding disabled, Runnable run) {
    Button button = new Button(text);
    button.setId(id);
    button.getStyleClass().add(Styles.SMALL);
    button.disableProperty().bind(disabled);
    button.setOnAction(e -> run.run());
    return button;
  }

  static MenuItem item(String text, Runnable run) {
    MenuItem item = new MenuItem(text);
    item.setOnAction(e -> run.run());
    return item;
  }

  private static ContextMenu menu(MenuItem... items) {
    ContextMenu menu = new ContextMenu();
    for (int i = 0; i < items.length; i++) {
      if (i == items.length - 1) {
        menu.getItems().add(new SeparatorMenuItem());
      }
      menu.getItems().add(items[i]);
    }
    return menu;
  }

  private static final class SortNames extends StringConverter<DraftSort> {
    @Override
    public String toString(DraftSort sort) {
      return sort == null ? "" : sort == DraftSort.TITLE ? "Name" : "Last change";
    }

    @Override
    public DraftSort fromString(String text) {
      return "Name".equals(text) ? DraftSort.TITLE : DraftSort.LAST_CHANGED;
    }
  }

  /**
   * A draft: its name (with a badge when it is in a conflict), who it is about, and when it last
   * changed; read out as one line.
   */
  private static final class DraftCell extends ListCell<DraftSummary> {
    private final ObservableMap<UUID, ConflictMark> marks;
    private final Label title = new Label();
    private final Label badge = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, new HBox(8, badge, title), detail);

    DraftCell(ObservableMap<UUID, ConflictMark> marks) {
      this.marks = marks;
      title.getStyleClass().add("draft-title");
      badge.getStyleClass().add("conflict-badge");
      badge.managedProperty().bind(badge.visibleProperty());
      detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
    }

    @Override
    protected void updateItem(DraftSummary draft, boolean empty) {
      super.updateItem(draft, empty);
      if (empty || draft == null) {
        setGraphic(null);
        setAccessibleText(null);
        return;
      }
      title.setText(draft.title());
      String changed = "Changed " + Times.of(draft.updatedAt());
      detail.setText(
          draft.headline() == null || draft.headline().isBlank()
              ? changed
              : draft.headline() + "  ·  " + changed);
      ConflictMark mark = marks.get(draft.id());
      badge.setVisible(mark != null);
      badge.setText(mark == null ? "" : mark.badge());
      setGraphic(box);
      setAccessibleText(
          (mark == null ? "" : mark.badge() + ": ")
              + draft.title()
              + ", "
              + detail.getText()
              + (mark == null ? "" : ". " + mark.meaning() + "; Enter compares them."));
    }
  }
}
