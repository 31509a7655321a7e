package org.careercoach.desktop.service.store;

import java.time.Instant;
import java.util.UUID;

/**
 * A kept version of a draft, as listed in its history.
 *
 * @param id the version, for {@link DraftStore#version} and {@link DraftStore#restoreVersion}
 * @param draftId the draft it belongs to
 * @param savedAt when this text was current
 * @param title the draft's title then
 * @param reason why it was kept
 */
public record VersionInfo(
    long id, UUID draftId, Instant savedAt, String title, DraftStore.VersionReason reason) {}
