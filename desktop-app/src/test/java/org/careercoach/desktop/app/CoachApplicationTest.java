package org.careercoach.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class CoachApplicationTest {

  private Application app;

  @AfterEach
  void closeTheApp() throws Exception {
    if (app != null) {
      FxToolkit.cleanupApplication(app);
    }
  }

  @Test
  void opensAWindowTitledCareerCoachWithTheConnectionStatus() throws Exception {
    Stage stage = FxToolkit.registerPrimaryStage();

    app = FxToolkit.setupApplication(CoachApplication.class);

    assertThat(stage.isShowing()).isTrue();
    assertThat(stage.getTitle()).startsWith("Career Coach");
    assertThat(stage.getScene().lookup("#connection-status")).isNotNull();
  }
}
