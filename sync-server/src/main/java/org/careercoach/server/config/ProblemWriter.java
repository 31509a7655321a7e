package org.careercoach.server.config;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.careercoach.model.api.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer where no controller runs: servlet filters, Spring Security's entry
 * points and the fallback error page.
 */
@Component
public class ProblemWriter {

  private final JsonMapper json;

  ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(HttpServletResponse response, ApiProblem problem) throws IOException {
    if (problem.retryAfter() != null) {
      response.setHeader(HttpHeaders.RETRY_AFTER, problem.retryAfterHeader());
    }
    write(response, problem.toProblemDetail());
  }

  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(problem.getStatus());
    response.setContentType(Problem.MEDIA_TYPE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
