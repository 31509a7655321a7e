package org.careercoach.desktop.support;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;

/**
 * Walks a scene graph and lists every control a person can Tab to that a screen reader could not
 * name: no accessible text, no text of its own (a button's label) and no {@link Label} naming it
 * through {@code labelFor}. Use it on each screen, with its sections expanded and its lists filled,
 * so every kind of control is in the graph. UI thread only.
 */
public final class AccessibleTextAudit {

  private AccessibleTextAudit() {}

  /** Fails with one line per unnamed control. */
  public static void check(Node root) {
    List<String> unnamed = unnamed(root);
    if (!unnamed.isEmpty()) {
      throw new AssertionError(
          unnamed.size()
              + " focusable control(s) without accessible text:\n  "
              + String.join("\n  ", unnamed));
    }
  }

  /** A line for each focusable control without a name, saying what and where it is. */
  public static List<String> unnamed(Node root) {
    Map<Node, Label> labels = new IdentityHashMap<>();
    List<Control> controls = new ArrayList<>();
    walk(root, labels, controls);
    List<String> unnamed = new ArrayList<>();
    for (Control control : controls) {
      if (!named(control, labels)) {
        unnamed.add(describe(control));
      }
    }
    return unnamed;
  }

  /** How many focusable controls the audit looked at: a check that finds none proves nothing. */
  public static int focusableControls(Node root) {
    List<Control> controls = new ArrayList<>();
    walk(root, new IdentityHashMap<>(), controls);
    return controls.size();
  }

  private static void walk(Node node, Map<Node, Label> labels, List<Control> controls) {
    if (node instanceof Label label && label.getLabelFor() != null) {
      labels.put(label.getLabelFor(), label);
    }
    if (node instanceof Control control && control.isFocusTraversable()) {
      controls.add(control);
    }
    // The parts inside a text field or a combo box are the control's own, named through it.
    if (node instanceof TextInputControl || node instanceof ComboBoxBase<?>) {
      return;
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        walk(child, labels, controls);
      }
    }
  }

  private static boolean named(Control control, Map<Node, Label> labels) {
    if (notBlank(control.getAccessibleText())) {
      return true;
    }
    if (control instanceof Labeled labeled && notBlank(labeled.getText())) {
      return true;
    }
    Label label = labels.get(control);
    return label != null && notBlank(label.getText());
  }

  private static boolean notBlank(String text) {
    return text != null && !text.isBlank();
  }

  private static String describe(Control control) {
    StringBuilder where = new StringBuilder(control.getClass().getSimpleName());
    if (control.getId() != null) {
      where.append(" #").append(control.getId());
    }
    where.append(" in");
    int depth = 0;
    for (Parent at = control.getParent(); at != null && depth < 4; at = at.getParent(), depth++) {
      where.append(' ').append(at.getClass().getSimpleName());
      if (at.getId() != null) {
        where.append('#').append(at.getId());
      }
    }
    return where.toString();
  }
}
