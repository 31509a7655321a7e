package org.careercoach.desktop.ui.uploads;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a file in the app the desktop uses for its type. Blocks (the desktop may take a moment to
 * hand it over): call it off the UI thread.
 */
@FunctionalInterface
interface OriginalOpener {

  void open(Path file) throws IOException;

  /** The desktop's own way, through AWT's {@link Desktop}, which needs no AWT window. */
  static OriginalOpener desktop() {
    return file -> {
      if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        throw new IOException(
            "This computer offers no app to open files from here. Use “Save original as…” and"
                + " open the copy yourself.");
      }
      Desktop.getDesktop().open(file.toFile());
    };
  }
}
