package org.careercoach.desktop.ui.shell;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.careercoach.model.api.UserProfile;

/** The one window: a header, the current screen, and a status bar with the server connection. */
public final class ShellView extends BorderPane {

  private static final PseudoClass ONLINE = PseudoClass.getPseudoClass("online");

  /**
   * @param screens makes the view of a screen each time it is shown; view models outlive views, so
   *     what was typed stays
   */
  public ShellView(ShellViewModel viewModel, Function<Screen, Node> screens) {
    getStyleClass().add("shell");
    setTop(header(viewModel));
    ScrollPane content = new ScrollPane();
    content.setFitToWidth(true);
    content.getStyleClass().add("edge-to-edge");
    content.setContent(screens.apply(viewModel.screenProperty().get()));
    viewModel
        .screenProperty()
        .addListener((obs, old, screen) -> content.setContent(screens.apply(screen)));
    setCenter(content);
    setBottom(statusBar(viewModel.connection()));
  }

  /** What shows while the keychain and the last sign-in are opened. */
  public static Node starting() {
    ProgressIndicator spinner = new ProgressIndicator();
    spinner.setPrefSize(32, 32);
    Label label = new Label("Opening Career Coach…");
    VBox box = new VBox(12, spinner, label);
    box.setAlignment(Pos.CENTER);
    box.setId("starting");
    return new StackPane(box);
  }

  private static Region header(ShellViewModel viewModel) {
    Label title = new Label("Career Coach");
    title.getStyleClass().add(Styles.TITLE_3);
    Label who = new Label();
    who.setId("header-user");
    who.getStyleClass().add(Styles.TEXT_MUTED);
    who.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  UserProfile user = viewModel.userProperty().get();
                  return user == null ? "" : user.name() + " · " + user.email();
                },
                viewModel.userProperty()));
    Button settings = new Button("Settings");
    settings.setId("open-settings");
    settings.getStyleClass().add(Styles.FLAT);
    settings.setOnAction(e -> viewModel.show(Screen.SETTINGS));
    settings
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    viewModel.screenProperty().get() == Screen.STARTING
                        || viewModel.screenProperty().get() == Screen.SETTINGS,
                viewModel.screenProperty()));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, spacer, who, settings);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("shell-header");
    return header;
  }

  private static Region statusBar(ConnectionViewModel viewModel) {
    Circle dot = new Circle(5);
    dot.getStyleClass().add("connection-dot");
    viewModel
        .onlineProperty()
        .addListener((obs, was, online) -> dot.pseudoClassStateChanged(ONLINE, online));

    Label connection = new Label();
    connection.setId("connection-status");
    connection.textProperty().bind(viewModel.connectionProperty());
    Tooltip why = new Tooltip();
    why.textProperty().bind(viewModel.detailProperty());
    connection
        .tooltipProperty()
        .bind(
            Bindings.when(viewModel.detailProperty().isEmpty())
                .then((Tooltip) null)
                .otherwise(why));
    connection.accessibleHelpProperty().bind(viewModel.detailProperty());

    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(14, 14);
    busy.visibleProperty().bind(viewModel.checkingProperty());

    Button retry = new Button("Retry");
    retry.setId("retry-connection");
    retry.getStyleClass().add(Styles.FLAT);
    retry.setMinWidth(Region.USE_PREF_SIZE);
    retry.setOnAction(e -> viewModel.retry());
    retry.visibleProperty().bind(viewModel.onlineProperty().not());
    retry.disableProperty().bind(viewModel.checkingProperty());

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, dot, connection, busy, spacer, retry);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }
}
