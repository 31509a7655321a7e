package org.careercoach.desktop.service.sync;

import java.util.Optional;
import org.careercoach.desktop.service.sync.SyncStatus.MassDeletion;

/**
 * What one pass of the engine (push, then pull) did.
 *
 * @param sent requests the server stored (or found it already had)
 * @param received drafts changed here by other devices' changes
 * @param conflicts conflicted copies made
 * @param refused drafts the server refused in this pass
 * @param fullResync whether the server's answer 410 made it resync in full
 * @param massDeletion a pulled page that would delete most drafts here, stopped to ask
 * @param waiting drafts still with changes not on the server after the pass
 */
public record SyncReport(
    int sent,
    int received,
    int conflicts,
    int refused,
    boolean fullResync,
    Optional<MassDeletion> massDeletion,
    int waiting) {}
