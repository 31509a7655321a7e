package org.careercoach.desktop.service.instance;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The other process of {@link SingleInstanceTest}: claims the data folder named by its argument,
 * prints {@code first} (or the exception's message), then {@code knocked} at each knock, and lets
 * the folder go when its standard input closes.
 */
public final class InstanceChild {

  private InstanceChild() {}

  public static void main(String[] args) throws IOException {
    try (SingleInstance held =
        SingleInstance.claim(
            Path.of(args[0]),
            () -> {
              System.out.println("knocked");
              System.out.flush();
            })) {
      System.out.println("first");
      System.out.flush();
      while (System.in.read() >= 0) {
        // holds the folder until the test closes the pipe
      }
    } catch (SingleInstance.AlreadyRunning e) {
      System.out.println("running " + e.answered());
    }
  }
}
