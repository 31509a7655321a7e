package org.careercoach.desktop.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/** The realistic draft the editor's tests open: every section, unknown fields at several levels. */
final class Drafts {

  private Drafts() {}

  static Resume sample() {
    try (InputStream in = Drafts.class.getResourceAsStream("draft.json")) {
      return CoachJson.mapper().readValue(in, Resume.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
