package org.careercoach.desktop.ui.drafts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.careercoach.formats.Template;
import org.careercoach.formats.docx.ResumeDocx;
import org.careercoach.formats.json.ImportResult;
import org.careercoach.formats.json.ResumeJson;
import org.careercoach.formats.pdf.ResumePdf;
import org.careercoach.model.json.CoachJson;
import org.careercoach.model.resume.Resume;

/**
 * Files through the {@code resume-formats} module: import checked against the JSON Resume schema
 * (every problem with its path, all or nothing), export to JSON, PDF and DOCX. An export is written
 * beside its target and moved into place, so a failure never leaves half a file under its name.
 */
final class FormatsResumeFiles implements ResumeFiles {

  @Override
  public Imported read(Path file) throws IOException {
    if (Files.size(file) > CoachJson.MAX_DOCUMENT_LENGTH) {
      return new Imported(
          null, List.of("$: the file is larger than any resume (" + Files.size(file) + " bytes)"));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      return new Imported(null, List.of("$: is not UTF-8 text; a JSON Resume file is"));
    }
    ImportResult result = ResumeJson.read(text);
    if (result instanceof ImportResult.Imported imported) {
      return new Imported(imported.resume(), List.of());
    }
    ImportResult.Refused refused = (ImportResult.Refused) result;
    return new Imported(null, refused.problems().stream().map(Object::toString).toList());
  }

  @Override
  public void write(Resume resume, ExportChoice choice, Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path partial = Files.createTempFile(folder, ".export-", ".part");
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        switch (choice.format()) {
          case JSON -> ResumeJson.write(resume, out);
          case PDF -> ResumePdf.write(resume, template(choice), out);
          case DOCX -> ResumeDocx.write(resume, template(choice), out);
        }
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static Template template(ExportChoice choice) {
    return choice.template() == null ? Template.CLASSIC : Template.valueOf(choice.template());
  }

  @Override
  public List<String> templates() {
    return Arrays.stream(Template.values()).map(Template::name).toList();
  }
}
