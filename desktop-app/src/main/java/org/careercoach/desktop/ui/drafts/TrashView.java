package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.store.DraftSummary;

/** The Trash: Restore (Enter), Delete for good (Delete, asks first). */
public final class TrashView extends VBox {

  public TrashView(TrashViewModel viewModel) {
    super(12);
    getStyleClass().addAll("screen", "fills-window");
    Label heading = new Label("Trash");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label note =
        new Label(
            "Drafts you delete wait here for 30 days, then they are deleted for good. Restore"
                + " one to bring it back to your drafts.");
    note.setWrapText(true);
    note.getStyleClass().add(Styles.TEXT_MUTED);

    ListView<DraftSummary> list = new ListView<>(viewModel.trashed());
    list.setId("trash-list");
    list.setAccessibleText("Drafts in the Trash");
    list.setCellFactory(view -> new TrashCell());
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedProperty().set(now));
    list.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            viewModel.restore();
          } else if (e.getCode() == KeyCode.DELETE) {
            viewModel.deleteForever();
          } else {
            return;
          }
          e.consume();
        });

    BooleanBinding none = viewModel.selectedProperty().isNull();
    HBox actions =
        new HBox(
            6,
            DraftsView.action("Restore", "trash-restore", none, viewModel::restore),
            DraftsView.action("Delete for good…", "trash-delete", none, viewModel::deleteForever));
    actions.setAlignment(Pos.CENTER_LEFT);

    // A placeholder, not a hidden list: the list keeps the keyboard while it fills.
    Label empty = new Label("The Trash is empty.");
    empty.setId("trash-empty");
    empty.getStyleClass().add(Styles.TEXT_MUTED);
    list.setPlaceholder(empty);
    StackPane area = new StackPane(list);
    VBox.setVgrow(area, Priority.ALWAYS);

    Label message = DraftsView.notice(viewModel.messageProperty(), Styles.SUCCESS);
    message.setId("trash-message");
    Label problem = DraftsView.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("trash-problem");
    getChildren().addAll(new VBox(2, heading, note), actions, problem, message, area);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                viewModel.reload();
                list.requestFocus();
              }
            });
  }

  private static final class TrashCell extends ListCell<DraftSummary> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, title, detail);

    TrashCell() {
      title.getStyleClass().add("draft-title");
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
      detail.setText(
          "Deleted " + Times.of(draft.trashedAt()) + "  ·  " + TrashViewModel.purgeNote(draft));
      setGraphic(box);
      setAccessibleText(draft.title() + ", " + detail.getText());
    }
  }
}
