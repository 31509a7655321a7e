package org.careercoach.desktop.ui.editor;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The basics section: who, how to reach them, where, and their online profiles. */
final class BasicsView extends TitledPane {

  BasicsView(BasicsModel basics, Map<FieldModel, Node> inputs) {
    super("Basics", null);
    setId("section-basics");
    setAccessibleText("Basics");
    getStyleClass().add("editor-section");
    Label where = new Label("Location");
    where.getStyleClass().addAll(Styles.TEXT_BOLD, "subsection");
    EntryListView<?> profiles = new EntryListView<>(basics.profiles(), inputs);
    profiles.getStyleClass().add("nested-section");
    setContent(
        new VBox(
            12,
            FieldInputs.grid(basics.person(), "basics", "", inputs),
            where,
            FieldInputs.grid(basics.location(), "location", "", inputs),
            profiles));
  }
}
