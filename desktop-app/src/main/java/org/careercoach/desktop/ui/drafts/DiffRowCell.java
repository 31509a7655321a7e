package org.careercoach.desktop.ui.drafts;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * One row of a side-by-side comparison (the history's, a conflict's): the left line beside the
 * right one, changes marked, and read out in words naming the two sides.
 */
final class DiffRowCell extends ListCell<TextDiff.Row> {

  private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
  private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("removed");
  private static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");

  private final String leftName;
  private final String rightName;
  private final Label left = new Label();
  private final Label right = new Label();
  private final GridPane grid = halves(left, right);

  /**
   * @param leftName the left side in words, as a screen reader says it ("this version")
   * @param rightName the right side ("the current text")
   */
  DiffRowCell(String leftName, String rightName) {
    this.leftName = leftName;
    this.rightName = rightName;
    left.setWrapText(true);
    right.setWrapText(true);
    left.getStyleClass().addAll("diff-side", "diff-old");
    right.getStyleClass().addAll("diff-side", "diff-new");
    // A cell sizes its graphic to the graphic's wish; the two halves must share the row instead.
    grid.setMinWidth(0);
    grid.prefWidthProperty().bind(widthProperty().subtract(28));
  }

  /** Two equal columns. */
  static GridPane halves(Region left, Region right) {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    grid.getColumnConstraints().addAll(half, half);
    grid.add(left, 0, 0);
    grid.add(right, 1, 0);
    left.setMaxWidth(Double.MAX_VALUE);
    right.setMaxWidth(Double.MAX_VALUE);
    return grid;
  }

  @Override
  protected void updateItem(TextDiff.Row row, boolean empty) {
    super.updateItem(row, empty);
    boolean shown = !empty && row != null;
    for (Label side : new Label[] {left, right}) {
      side.pseudoClassStateChanged(CHANGED, shown && row.change() == TextDiff.Change.CHANGED);
    }
    left.pseudoClassStateChanged(REMOVED, shown && row.change() == TextDiff.Change.REMOVED);
    right.pseudoClassStateChanged(ADDED, shown && row.change() == TextDiff.Change.ADDED);
    if (!shown) {
      setGraphic(null);
      setAccessibleText(null);
      return;
    }
    left.setText(row.left());
    right.setText(row.right());
    setGraphic(grid);
    setAccessibleText(
        switch (row.change()) {
          case SAME -> "Same: " + row.right();
          case CHANGED -> "Changed from " + row.left() + " to " + row.right();
          case REMOVED -> "Only in " + leftName + ": " + row.left();
          case ADDED -> "Only in " + rightName + ": " + row.right();
        });
  }
}
