package org.careercoach.desktop.support;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls what holds a node until the node is in view, as a person scrolls before clicking. */
public final class ScrollInto {

  private ScrollInto() {}

  /** The node {@code query} finds, scrolled into view in every scroll pane around it. */
  public static Node view(FxRobot robot, String query) {
    Node node = robot.lookup(query).query();
    robot.interact(
        () -> {
          for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane scroll && scroll.getContent() != null) {
              scroll.layout();
              Node content = scroll.getContent();
              double height = content.getBoundsInLocal().getHeight();
              double viewport = scroll.getViewportBounds().getHeight();
              Bounds in = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
              if (height > viewport) {
                double top = Math.max(0, in.getMinY() - viewport / 3);
                scroll.setVvalue(Math.min(1, top / (height - viewport)));
              }
            }
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    return node;
  }
}
