package org.careercoach.desktop.service.jobmatch;

import java.util.List;
import java.util.stream.Collectors;
import org.careercoach.formats.FieldProblem;

/** A job file that is not a valid JSON Resume job: each problem with its path. */
public final class JobFileException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public JobFileException(List<FieldProblem> problems) {
    super(
        "This is not a JSON Resume job file: "
            + problems.stream()
                .limit(5)
                .map(p -> p.path() + " " + p.message())
                .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
