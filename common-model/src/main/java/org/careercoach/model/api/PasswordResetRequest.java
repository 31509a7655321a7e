package org.careercoach.model.api;

/** POST /auth/password-reset/request. */
public record PasswordResetRequest(String email) {}
