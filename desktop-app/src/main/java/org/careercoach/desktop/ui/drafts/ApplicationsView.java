package org.careercoach.desktop.ui.drafts;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.service.store.SentCopy;

/** The application log: company, role, day and draft of each copy sent; Enter opens one. */
public final class ApplicationsView extends VBox {

  public ApplicationsView(ApplicationsViewModel viewModel, DraftFilesViewModel files) {
    super(12);
    getStyleClass().addAll("screen", "fills-window");
    Label heading = new Label("Applications");
    heading.getStyleClass().add(Styles.TITLE_3);
    Label note =
        new Label(
            "Each copy of a draft you recorded as sent, exactly as it was sent. Record one from"
                + " the drafts list with “Sent to…”, or from a job match in the editor's Coach,"
                + " which keeps the job ad with it.");
    note.setWrapText(true);
    note.getStyleClass().add(Styles.TEXT_MUTED);

    TableView<SentCopy> table = new TableView<>(viewModel.applications());
    table.setId("applications-table");
    table.setAccessibleText("Applications");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .setAll(
            List.column("Company", SentCopy::company),
            List.column("Role", SentCopy::role),
            List.column("Sent on", copy -> Times.day(copy.sentOn())),
            List.column("Draft", SentCopy::draftTitle),
            List.column("Job ad", copy -> copy.job().isBlank() ? "—" : "kept"));
    table.setPlaceholder(new Label("No applications recorded yet."));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, was, now) -> viewModel.selectedProperty().set(now));
    table.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            viewModel.open();
            e.consume();
          }
        });
    table.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            viewModel.open();
          }
        });
    StackPane area = new StackPane(table);
    VBox.setVgrow(area, Priority.ALWAYS);

    HBox actions =
        new HBox(
            6,
            DraftsView.action(
                "Open",
                "applications-open",
                viewModel.selectedProperty().isNull(),
                viewModel::open),
            DraftsView.action(
                "Export…",
                "applications-export",
                viewModel.selectedProperty().isNull(),
                files::exportSelectedApplication));
    actions.setAlignment(Pos.CENTER_LEFT);
    Label problem = DraftsView.notice(viewModel.problemProperty(), Styles.DANGER);
    problem.setId("applications-problem");
    Label filesProblem = DraftsView.notice(files.problemProperty(), Styles.DANGER);
    Label filesMessage = DraftsView.notice(files.messageProperty(), Styles.SUCCESS);
    getChildren()
        .addAll(new VBox(2, heading, note), actions, problem, filesProblem, filesMessage, area);
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                viewModel.reload();
                table.requestFocus();
              }
            });
  }

  /** Text columns read from a sent copy. */
  private static final class List {
    private List() {}

    static TableColumn<SentCopy, String> column(String title, Function<SentCopy, String> value) {
      TableColumn<SentCopy, String> column = new TableColumn<>(title);
      column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
      return column;
    }
  }
}
