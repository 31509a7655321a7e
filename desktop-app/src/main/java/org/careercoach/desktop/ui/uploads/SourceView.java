package org.careercoach.desktop.ui.uploads;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.ui.common.PageImages;
import org.careercoach.model.api.ParseProvenance.SourceLine;

/**
 * The original under review: a PDF's pages scaled to the pane's width, with the selected field's
 * box drawn on its page and scrolled into view; or, for DOCX and plain text, the lines as read with
 * the selected field's line selected. Pages zoom from the pane's width up to three times it
 * (Ctrl+Plus, Ctrl+Minus, Ctrl+0), as small print is hard to check at the width of half a window.
 */
final class SourceView extends StackPane {

  /** Room around a box, in pixels on screen: the box sits on the text's glyphs, tight. */
  private static final double PAD = 3;

  private final ReviewViewModel viewModel;
  private final VBox pages = new VBox(16);
  private final ScrollPane scroll = new ScrollPane(pages);
  private final ListView<SourceLine> lines;
  private final List<Page> shown = new ArrayList<>();

  static final KeyCombination ZOOM_IN =
      new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_IN_PLUS =
      new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_OUT =
      new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_RESET =
      new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

  private static final double ZOOM_STEP = 1.25;
  private static final double MOST_ZOOM = 3;

  /** 1: the pages fit the pane's width; more: that many times it. */
  private final DoubleProperty zoom = new SimpleDoubleProperty(1);

  private record Page(StackPane node, ImageView image, Rectangle box) {}

  SourceView(ReviewViewModel viewModel) {
    this.viewModel = viewModel;
    getStyleClass().add("review-source");
    pages.getStyleClass().add("source-pages");
    pages.setAlignment(Pos.TOP_CENTER);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    scroll.setFocusTraversable(false);
    scroll.setId("review-pages");

    lines = new ListView<>(viewModel.lines());
    lines.setId("review-lines");
    lines.setAccessibleText("The file's text, line by line, as it was read");
    lines.getStyleClass().add("review-lines");
    lines.setCellFactory(
        view ->
            new ListCell<>() {
              @Override
              protected void updateItem(SourceLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line.text());
                setAccessibleText(
                    empty || line == null ? null : "Line " + line.number() + ": " + line.text());
              }
            });
    // The pages when the file has them, the lines otherwise.
    scroll.visibleProperty().bind(Bindings.isNotEmpty(viewModel.pages()));
    lines.visibleProperty().bind(scroll.visibleProperty().not());
    getChildren().addAll(lines, scroll, zoomBar());

    viewModel.pages().addListener((ListChangeListener<PageImage>) change -> draw());
    viewModel.highlightProperty().addListener((obs, was, now) -> highlight(now));
    scroll.viewportBoundsProperty().addListener((obs, was, now) -> place());
    zoom.addListener(
        (obs, was, now) -> {
          // Wider than the pane once zoomed: the pages scroll sideways too.
          scroll.setFitToWidth(now.doubleValue() <= 1);
          highlight(viewModel.highlightProperty().get());
        });
    sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              List<KeyCombination> keys = List.of(ZOOM_IN, ZOOM_IN_PLUS, ZOOM_OUT, ZOOM_RESET);
              if (old != null) {
                keys.forEach(old.getAccelerators()::remove);
              }
              if (scene != null) {
                scene.getAccelerators().put(ZOOM_IN, this::zoomIn);
                scene.getAccelerators().put(ZOOM_IN_PLUS, this::zoomIn);
                scene.getAccelerators().put(ZOOM_OUT, this::zoomOut);
                scene.getAccelerators().put(ZOOM_RESET, () -> zoom.set(1));
              }
            });
    draw();
  }

  /** The zoom: 1 fits the pane's width. */
  DoubleProperty zoomProperty() {
    return zoom;
  }

  void zoomIn() {
    zoom.set(Math.min(MOST_ZOOM, zoom.get() * ZOOM_STEP));
  }

  void zoomOut() {
    zoom.set(Math.max(1, zoom.get() / ZOOM_STEP));
  }

  private HBox zoomBar() {
    Button out = new Button("−");
    out.setId("review-zoom-out");
    out.setAccessibleText("Zoom out of the pages");
    out.setAccessibleHelp("Ctrl+Minus");
    out.setOnAction(e -> zoomOut());
    out.disableProperty().bind(zoom.lessThanOrEqualTo(1));
    Button in = new Button("+");
    in.setId("review-zoom-in");
    in.setAccessibleText("Zoom into the pages");
    in.setAccessibleHelp("Ctrl+Plus");
    in.setOnAction(e -> zoomIn());
    in.disableProperty().bind(zoom.greaterThanOrEqualTo(MOST_ZOOM));
    Label level = new Label();
    level.setId("review-zoom");
    level.textProperty().bind(Bindings.format("%.0f%%", zoom.multiply(100)));
    level.setAccessibleText("Zoom");
    HBox bar = new HBox(4, out, level, in);
    bar.setAlignment(Pos.CENTER);
    bar.getStyleClass().add("review-zoom-bar");
    bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
    bar.setPadding(new Insets(4, 8, 4, 8));
    StackPane.setAlignment(bar, Pos.TOP_RIGHT);
    StackPane.setMargin(bar, new Insets(8, 20, 0, 0));
    bar.visibleProperty().bind(scroll.visibleProperty());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private void draw() {
    pages.getChildren().clear();
    shown.clear();
    int number = 1;
    for (PageImage page : viewModel.pages()) {
      ImageView view = PageImages.view(page);
      view.fitWidthProperty()
          .bind(
              Bindings.createDoubleBinding(
                  () -> Math.max(160, scroll.getViewportBounds().getWidth() - 32) * zoom.get(),
                  scroll.viewportBoundsProperty(),
                  zoom));
      view.setAccessibleText("Page " + number++ + " of the file");
      Rectangle box = new Rectangle();
      box.getStyleClass().add("review-box");
      box.setManaged(false);
      box.setVisible(false);
      box.setMouseTransparent(true);
      Pane overlay = new Pane(box);
      overlay.setMouseTransparent(true);
      StackPane sheet = new StackPane(view, overlay);
      sheet.setAlignment(Pos.TOP_LEFT);
      sheet.getStyleClass().add("source-sheet");
      sheet.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      pages.getChildren().add(sheet);
      shown.add(new Page(sheet, view, box));
    }
    highlight(viewModel.highlightProperty().get());
  }

  private void place() {
    ReviewViewModel.Highlight now = viewModel.highlightProperty().get();
    for (int i = 0; i < shown.size(); i++) {
      Page page = shown.get(i);
      boolean here = now != null && now.box() != null && now.page() == i + 1;
      page.box().setVisible(here);
      if (here) {
        double scale = page.image().getFitWidth() / viewModel.pageWidthPoints(i + 1);
        page.box().setX(now.box().x() * scale - PAD);
        page.box().setY(now.box().y() * scale - PAD);
        page.box().setWidth(now.box().width() * scale + 2 * PAD);
        page.box().setHeight(now.box().height() * scale + 2 * PAD);
      }
    }
  }

  private void highlight(ReviewViewModel.Highlight now) {
    if (shown.isEmpty()) {
      if (now == null || now.line() <= 0) {
        lines.getSelectionModel().clearSelection();
        return;
      }
      for (int i = 0; i < viewModel.lines().size(); i++) {
        if (viewModel.lines().get(i).number() == now.line()) {
          lines.getSelectionModel().select(i);
          lines.scrollTo(Math.max(0, i - 3));
          return;
        }
      }
      return;
    }
    place();
    if (now != null && now.page() >= 1 && now.page() <= shown.size()) {
      // Laid out first, so the page's place in the column is known.
      scroll.applyCss();
      scroll.layout();
      scrollTo(shown.get(now.page() - 1));
    }
  }

  private void scrollTo(Page page) {
    Bounds content = pages.getLayoutBounds();
    double viewport = scroll.getViewportBounds().getHeight();
    if (content.getHeight() <= viewport) {
      return;
    }
    double y = page.node().getBoundsInParent().getMinY();
    if (page.box().isVisible()) {
      y += page.box().getY() - viewport / 3;
    }
    scroll.setVvalue(Math.max(0, Math.min(1, y / (content.getHeight() - viewport))));
    double wide = scroll.getViewportBounds().getWidth();
    if (page.box().isVisible() && content.getWidth() > wide) {
      double x = page.node().getBoundsInParent().getMinX() + page.box().getX() - wide / 4;
      scroll.setHvalue(Math.max(0, Math.min(1, x / (content.getWidth() - wide))));
    }
  }
}
