package org.careercoach.desktop.service.uploads;

import java.util.List;
import java.util.Optional;
import org.careercoach.model.api.Capabilities;

/**
 * The resume files as the screen shows them.
 *
 * @param availability whether files can be added and followed now
 * @param files the newest first: the ones waiting here and the ones the server has
 * @param capabilities the server's rules, as last read (kept while offline)
 * @param problem what stops the list from being current, in words (the server unreachable); empty
 *     when nothing does
 */
public record ResumeFilesState(
    Availability availability,
    List<ResumeFileItem> files,
    Optional<Capabilities> capabilities,
    String problem) {

  public static final ResumeFilesState SIGNED_OUT =
      new ResumeFilesState(Availability.SIGNED_OUT, List.of(), Optional.empty(), "");

  public ResumeFilesState {
    files = List.copyOf(files);
  }

  public enum Availability {
    /** Nobody is signed in: resume files need an account, as the server reads them. */
    SIGNED_OUT,
    /** Signed in and the server answers. */
    ONLINE,
    /** Signed in, the server cannot be reached: files can be added and wait in the queue. */
    OFFLINE
  }
}
