package org.careercoach.model.api;

/** PATCH /me. */
public record ProfileUpdate(String name) {}
