package org.careercoach.desktop.service.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * Two drafts that both changed while apart: the server's version kept the draft's id and title;
 * this device's text became a new draft titled "TITLE (conflicted copy, DEVICE, DATE)".
 *
 * @param draft the draft as the server has it
 * @param copy this device's conflicted copy
 * @param title the draft's title when the conflict was found
 * @param found when it was found (this device's clock; only shown, never compared)
 */
public record Conflict(UUID draft, UUID copy, String title, Instant found) {}
