package org.careercoach.desktop.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The audit itself: it names what is missing and passes what is named any of the three ways. */
class AccessibleTextAuditTest {

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aFieldWithoutTextOrLabelIsReportedWithItsId() {
    TextField bare = new TextField();
    bare.setId("bare");
    VBox box = new VBox(bare);
    box.setId("form");

    assertThatThrownBy(() -> AccessibleTextAudit.check(box))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 focusable control(s) without accessible text")
        .hasMessageContaining("TextField #bare in VBox#form");
  }

  @Test
  void accessibleTextALabelForOrAButtonsOwnTextEachNameAControl() {
    TextField spoken = new TextField();
    spoken.setAccessibleText("Email");
    TextField labelled = new TextField();
    Label caption = new Label("Phone");
    caption.setLabelFor(labelled);
    Button button = new Button("Save");
    Button icon = new Button();
    icon.setId("icon-only");
    VBox box = new VBox(spoken, caption, labelled, button, icon);

    assertThat(AccessibleTextAudit.focusableControls(box)).isEqualTo(4);
    assertThat(AccessibleTextAudit.unnamed(box)).containsExactly("Button #icon-only in VBox");
  }
}
