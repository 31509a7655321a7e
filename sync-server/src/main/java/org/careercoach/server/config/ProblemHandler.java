package org.careercoach.server.config;

import java.util.List;
import java.util.UUID;
import org.careercoach.model.api.FieldError;
import org.careercoach.model.json.CoachJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure of a request into problem+json: our {@link ApiProblem}s, Spring MVC's own
 * exceptions, unreadable JSON (naming the field, never echoing the value) and, last, anything
 * unexpected, which is logged with an id and answered without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final String maxUploadSize;

  ProblemHandler(@Value("${spring.servlet.multipart.max-file-size:10MB}") String maxUploadSize) {
    this.maxUploadSize = maxUploadSize;
  }

  /** A multipart body that broke off or is malformed: the client's problem, said plainly. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> brokenUpload(MultipartException e) {
    return ResponseEntity.badRequest()
        .body(
            new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    "broken-upload",
                    "Upload incomplete",
                    "The upload was cut off or malformed. Send the file again as the multipart"
                        + " field 'file'.")
                .toProblemDetail());
  }

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
    if (problem.retryAfter() != null) {
      response.header(HttpHeaders.RETRY_AFTER, problem.retryAfterHeader());
    }
    return response.body(problem.toProblemDetail());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    String reference = ErrorReference.create();
    log.error("Unexpected error, reference {}", reference, e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Something went wrong on our side. If it happens again, quote reference "
                + reference
                + ".");
    problem.setType(ApiProblem.typeUri("internal"));
    problem.setTitle("Internal error");
    problem.setProperty("reference", reference);
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(ApiProblem.invalid(errors).toProblemDetail());
  }

  /** A path or query value of the wrong kind (an id that is not a UUID): named, not echoed. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : ex.getPropertyName();
    Class<?> type = ex.getRequiredType();
    String expected;
    if (UUID.class.equals(type)) {
      expected = "must be an id such as 3f2c8f4e-6f1d-4c1b-9a57-2f6f0d7c1e42";
    } else if (type == boolean.class || type == Boolean.class) {
      expected = "must be true or false";
    } else if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
      expected = "must be a number";
    } else {
      expected = "is not valid";
    }
    return ResponseEntity.badRequest()
        .body(ApiProblem.invalid(name == null ? "request" : name, expected).toProblemDetail());
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(
            new ApiProblem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "file-too-large",
                    "File too large",
                    "The file is larger than "
                        + maxUploadSize
                        + ". A resume is rarely over 1 MB: save it as a smaller PDF.")
                .toProblemDetail());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (RequestBodyLimitFilter.isBodyTooLarge(ex)) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .body(RequestBodyLimitFilter.tooLarge().toProblemDetail());
    }
    ApiProblem problem =
        ex.getCause() instanceof JacksonException json
            ? jsonProblem(json)
            : ApiProblem.invalid("body", "a JSON body is required");
    return ResponseEntity.badRequest().body(problem.toProblemDetail());
  }

  private static ApiProblem jsonProblem(JacksonException e) {
    String field = CoachJson.fieldPath(e);
    String message = describe(e);
    if (field.isEmpty()) {
      return new ApiProblem(
          HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", "The body " + message);
    }
    return ApiProblem.invalid(field, message);
  }

  /** Says what is wrong without repeating the value, which may be a password. */
  private static String describe(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return "is too large or too deeply nested";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
      return "must be one of " + List.of(invalid.getTargetType().getEnumConstants());
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + jsonKind(mismatch.getTargetType());
    }
    if (e instanceof StreamReadException) {
      return "is not valid JSON";
    }
    return "is not valid";
  }

  private static String jsonKind(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
