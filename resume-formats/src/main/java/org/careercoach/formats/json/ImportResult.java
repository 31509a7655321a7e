package org.careercoach.formats.json;

import java.util.List;
import org.careercoach.formats.FieldProblem;
import org.careercoach.model.resume.Resume;

/** What an import gave: a whole resume, or the reasons it was refused (never part of one). */
public sealed interface ImportResult {

  /** The file was a valid JSON Resume. */
  record Imported(Resume resume) implements ImportResult {}

  /**
   * The file was refused; nothing of it was taken.
   *
   * @param problems at least one, each with its JSON path ({@code $} for the whole file)
   */
  record Refused(List<FieldProblem> problems) implements ImportResult {
    public Refused {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
      problems = List.copyOf(problems);
    }
  }
}
