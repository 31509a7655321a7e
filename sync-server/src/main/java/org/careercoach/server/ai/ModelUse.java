package org.careercoach.server.ai;

/**
 * A feature's use of a model with people's data, declared as a bean by that feature so the app can
 * show people exactly what is sent ({@code GET /api/v1/coach/prompts}) without the coaching feature
 * depending on every feature that sends.
 *
 * @param purpose what it is for, in words
 * @param active whether the operator configured it: an inactive use sends nothing and is not shown
 * @param model the provider and model it goes to
 * @param instructions the exact instructions sent
 * @param material what of the person's data goes with them, in words
 */
public record ModelUse(
    String purpose, boolean active, String model, String instructions, String material) {}
