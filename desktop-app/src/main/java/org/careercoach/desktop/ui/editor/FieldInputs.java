package org.careercoach.desktop.ui.editor;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careercoach.desktop.ui.common.Forms;

/**
 * Builds the inputs of a set of fields, two columns wide: short fields side by side, paragraphs and
 * bullet lines across both. Each input is labelled for screen readers and shows its error under it.
 */
final class FieldInputs {

  private FieldInputs() {}

  /**
   * @param idPrefix prefixes each input's id ("work-position")
   * @param context names the entry for screen readers ("job 2"), or empty
   * @param inputs receives each field's input, so undo can focus it
   */
  static GridPane grid(
      Fields fields, String idPrefix, String context, Map<FieldModel, Node> inputs) {
    GridPane grid = new GridPane();
    grid.setHgap(16);
    grid.setVgap(10);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(half, half);
    int row = 0;
    int column = 0;
    for (FieldModel field : fields.all()) {
      VBox box = field(field, idPrefix, context, inputs);
      boolean wide = field.kind() == FieldKind.LONG_TEXT || field.kind() == FieldKind.LINES;
      if (wide) {
        if (column == 1) {
          row++;
        }
        grid.add(box, 0, row, 2, 1);
        row++;
        column = 0;
      } else {
        grid.add(box, column, row);
        column++;
        if (column == 2) {
          column = 0;
          row++;
        }
      }
    }
    return grid;
  }

  private static VBox field(
      FieldModel field, String idPrefix, String context, Map<FieldModel, Node> inputs) {
    TextInputControl input = input(field);
    input.setId(idPrefix + "-" + field.key());
    VBox box = Forms.field(field.label(), input, field.textProperty(), field.errorProperty());
    if (!context.isEmpty()) {
      input.setAccessibleText(field.label() + ", " + context);
    }
    inputs.put(field, input);
    return box;
  }

  private static TextInputControl input(FieldModel field) {
    return switch (field.kind()) {
      case TEXT -> new TextField();
      case DATE -> {
        TextField date = new TextField();
        date.setPromptText("YYYY, YYYY-MM or YYYY-MM-DD");
        yield date;
      }
      case LONG_TEXT -> area(4);
      case LINES -> {
        TextArea lines = area(4);
        lines.setPromptText("One per line");
        yield lines;
      }
    };
  }

  private static TextArea area(int rows) {
    return Forms.wrappingArea(rows);
  }
}
