package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.careercoach.desktop.service.preview.PageImage;
import org.careercoach.desktop.ui.common.Forms;
import org.careercoach.desktop.ui.common.PageImages;
import org.careercoach.formats.Template;

/** The preview pane: the template picker over the rendered pages, scaled to the pane's width. */
final class PreviewView extends VBox {

  private final VBox pages = new VBox(16);
  private final ScrollPane scroll = new ScrollPane(pages);

  PreviewView(PreviewViewModel viewModel) {
    getStyleClass().add("preview-pane");
    setId("preview");
    Label title = new Label("Preview");
    title.getStyleClass().add(Styles.TITLE_4);
    Label templateLabel = new Label("Template");
    ComboBox<Template> template = new ComboBox<>();
    template.getItems().setAll(Template.values());
    template.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Template chosen) {
            return chosen == null ? "" : chosen.displayName();
          }

          @Override
          public Template fromString(String text) {
            return Template.valueOf(text.toUpperCase(java.util.Locale.ROOT));
          }
        });
    template.valueProperty().bindBidirectional(viewModel.templateProperty());
    template.setId("preview-template");
    template.setAccessibleText("Preview template");
    templateLabel.setLabelFor(template);
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(16, 16);
    busy.visibleProperty().bind(viewModel.renderingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(10, title, busy, spacer, templateLabel, template);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("preview-header");

    pages.getStyleClass().add("preview-pages");
    pages.setAlignment(Pos.TOP_CENTER);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    scroll.setFocusTraversable(false);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Label problem = Forms.errorLabel(viewModel.problemProperty());
    problem.setId("preview-problem");

    getChildren().addAll(header, problem, scroll);
    viewModel.pages().addListener((ListChangeListener<PageImage>) change -> draw(viewModel));
    draw(viewModel);
  }

  private void draw(PreviewViewModel viewModel) {
    pages.getChildren().clear();
    int number = 1;
    for (PageImage page : viewModel.pages()) {
      ImageView view = PageImages.view(page);
      view.fitWidthProperty()
          .bind(
              javafx.beans.binding.Bindings.createDoubleBinding(
                  () -> Math.max(120, scroll.getViewportBounds().getWidth() - 32),
                  scroll.viewportBoundsProperty()));
      view.setAccessibleText("Page " + number++ + " of the preview");
      view.getStyleClass().add("preview-page");
      VBox sheet = new VBox(view);
      sheet.getStyleClass().add("preview-sheet");
      sheet.setMaxWidth(Region.USE_PREF_SIZE);
      pages.getChildren().add(sheet);
    }
  }
}
