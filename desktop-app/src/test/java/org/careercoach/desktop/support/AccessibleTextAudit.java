package org.careercoach.desktop.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;

/**
 * Walks a scene graph and lists the controls a keyboard user can reach that a screen reader could
 * not name: no accessible text, no text of their own, and no label pointing at them. Written for
 * the drafts screens (the editor's branch plans one of the same name; the integrator keeps one).
 */
public final class AccessibleTextAudit {

  private AccessibleTextAudit() {}

  /** The unnamed focusable controls under {@code root}, as "Type#id"; empty when all are named. */
  public static List<String> unnamed(Parent root) {
    Set<Node> labelled = new HashSet<>();
    collectLabelled(root, labelled);
    List<String> found = new ArrayList<>();
    walk(root, labelled, found);
    return found;
  }

  private static void collectLabelled(Node node, Set<Node> labelled) {
    if (node instanceof Label label && label.getLabelFor() != null) {
      labelled.add(label.getLabelFor());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collectLabelled(child, labelled);
      }
    }
  }

  private static void walk(Node node, Set<Node> labelled, List<String> found) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Control control
        && control.isFocusTraversable()
        && !(control instanceof ScrollPane)
        && !named(control, labelled)) {
      found.add(control.getClass().getSimpleName() + "#" + control.getId());
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, labelled, found);
      }
    }
  }

  private static boolean named(Control control, Set<Node> labelled) {
    if (notBlank(control.getAccessibleText()) || labelled.contains(control)) {
      return true;
    }
    if (control instanceof Labeled labeled && notBlank(labeled.getText())) {
      return true;
    }
    if (control instanceof TextInputControl input && notBlank(input.getPromptText())) {
      return true;
    }
    return control instanceof ComboBoxBase<?> box && notBlank(box.getPromptText());
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }
}
