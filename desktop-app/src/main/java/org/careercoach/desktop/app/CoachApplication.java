package org.careercoach.desktop.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import okhttp3.HttpUrl;
import org.careercoach.desktop.service.FxTaskExecutor;
import org.careercoach.desktop.service.HttpClients;
import org.careercoach.desktop.service.ServerHealth;
import org.careercoach.desktop.ui.shell.ShellView;
import org.careercoach.desktop.ui.shell.ShellViewModel;

/** Wires the app together and opens its one window. */
public final class CoachApplication extends Application {

  public static final String TITLE = "Career Coach";

  private FxTaskExecutor executor;

  @Override
  public void start(Stage stage) {
    DesktopConfig config = DesktopConfig.fromEnvironment(System.getenv());
    executor = new FxTaskExecutor(2);
    HttpUrl server = HttpUrl.get(config.serverUrl());
    ServerHealth health = new ServerHealth(HttpClients.create(), server);
    ShellViewModel shell = new ShellViewModel(executor, health::check, config.serverUrl());

    Theme.LIGHT.apply();
    Scene scene = new Scene(new ShellView(shell), 960, 640);
    scene.getStylesheets().add(Theme.appStylesheet());
    stage.setTitle(TITLE);
    stage.setMinWidth(640);
    stage.setMinHeight(420);
    stage.setScene(scene);
    stage.show();
    shell.checkServer();
  }

  @Override
  public void stop() throws InterruptedException {
    if (executor != null) {
      executor.close();
    }
  }
}
