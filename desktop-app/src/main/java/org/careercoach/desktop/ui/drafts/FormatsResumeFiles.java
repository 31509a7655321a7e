package org.careercoach.desktop.ui.drafts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;
import tools.jackson.core.JacksonException;

/**
 * Files through the {@code resume-formats} module. INTERIM until that module is merged: JSON only,
 * parsed with the shared mapper (no schema check yet); PDF and DOCX refuse in words.
 */
final class FormatsResumeFiles implements ResumeFiles {

  @Override
  public Imported read(Path file) throws IOException {
    try {
      return new Imported(CoachJson.mapper().readValue(file.toFile(), Resume.class), List.of());
    } catch (JacksonException e) {
      return new Imported(null, List.of("$: " + e.getOriginalMessage()));
    }
  }

  @Override
  public void write(Resume resume, ExportChoice choice, Path file) throws IOException {
    if (choice.format() != ExportFormat.JSON) {
      throw new IOException(choice.format().label() + " export is not available in this build");
    }
    Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".part");
    try {
      CoachJson.mapper().writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), resume);
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public List<String> templates() {
    return List.of("CLASSIC", "MODERN");
  }
}
