package org.careercoach.model.api;

/** One invalid field of a request, as problem details carry it. */
public record FieldError(String field, String message) {}
