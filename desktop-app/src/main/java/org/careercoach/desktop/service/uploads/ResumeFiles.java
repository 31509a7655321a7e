package org.careercoach.desktop.service.uploads;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.careercoach.desktop.service.ObservableState;

/**
 * The signed-in account's resume files (ADR 0020): added here (dropped on the window or chosen),
 * copied into the profile's folder, uploaded from a durable queue that survives going offline and
 * restarting, and followed live as the server reads them. It follows the session and the profiles
 * by itself; while nobody is signed in there are no files (reading needs the server).
 *
 * <p>Screens observe {@link #state()}. Methods that block on the disk or the network say so: call
 * them off the UI thread. Failures the person must read are {@link ResumeFilesException}s whose
 * message says what happened and what to do.
 */
public interface ResumeFiles {

  /** The files, each with its live stage, and what the server allows. */
  ObservableState<ResumeFilesState> state();

  /**
   * The drop handler's and the file chooser's command: checks each file against the server's rules
   * (size, type by content, storage left) — the last rules known when offline — copies the ones
   * that pass into the profile's folder and queues them. A file whose content is already here or on
   * the server is recognised, not queued twice. Blocks on the disk.
   *
   * @return one verdict per path, in order
   */
  List<AddResult> add(List<Path> files);

  /**
   * Stops an upload in progress or waiting and forgets the file here (its copy too). A file the
   * server already has is deleted instead ({@link #delete}).
   */
  void cancel(String key);

  /** Deletes the file on the server and here, with its parsed form. Blocks on the network. */
  void delete(String key);

  /**
   * Asks the server to read the file again with today's parser; its stage goes back to queued.
   * Blocks on the network.
   *
   * @throws ResumeFilesException with the server's words when it refuses (the hour's limit, the
   *     file still being read)
   */
  void readAgain(String key);

  /**
   * The original file on this computer: the copy made when it was added, or downloaded once into
   * the profile's folder. Blocks on the disk and possibly the network.
   */
  Path original(String key);

  /**
   * The parsed resume with where each field came from. Blocks on the network (kept on disk after
   * the first time, until the file is read again).
   *
   * @throws ResumeFilesException when the file is not read (yet)
   */
  ParsedFile parsed(String key);

  /**
   * Keeps what the person corrected in a parsed file, on this computer only: for judging the parser
   * later, never sent anywhere without the person's consent. Blocks on the disk.
   */
  void keepCorrections(String key, List<Correction> corrections);

  /** Catches up with the server's list now (after a reconnect it happens by itself). */
  void refresh();

  /**
   * Calls {@code listener} (on a background thread) when a file becomes read: the in-app
   * notification.
   *
   * @return stops the calls
   */
  Runnable onRead(Consumer<ResumeFileItem> listener);
}
