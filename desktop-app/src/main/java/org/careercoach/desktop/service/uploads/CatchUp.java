package org.careercoach.desktop.service.uploads;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.careercoach.desktop.service.api.ApiException;
import org.careercoach.desktop.service.store.ResumeFileStore;
import org.careercoach.desktop.service.store.ResumeFileStore.Queued;
import org.careercoach.model.api.Capabilities;
import org.careercoach.model.api.JobEvent;
import org.careercoach.model.api.ResumeFile;
import org.careercoach.model.api.ResumeStatus;
import org.careercoach.model.json.CoachJson;

/**
 * Keeps what is known of the server's files current: the capabilities and the whole list after
 * every (re)connect and upload (an event missed while away is never a state missed), each kept in
 * the profile for offline; {@code event: job} between.
 */
final class CatchUp {

  private static final System.Logger log = System.getLogger(CatchUp.class.getName());
  static final String CAPABILITIES = "capabilities";
  static final String LIST = "list";

  private final ResumeFileStore store;
  private final ResumeApi api;
  private final FileModel model;
  private final Consumer<String> unreachable;

  /**
   * @param unreachable told why the server could not be reached
   */
  CatchUp(ResumeFileStore store, ResumeApi api, FileModel model, Consumer<String> unreachable) {
    this.store = store;
    this.api = api;
    this.model = model;
    this.unreachable = unreachable;
  }

  /** Shows what was kept from the last time, before the server answers (or when it cannot). */
  void fromKept() {
    store
        .cached(CAPABILITIES)
        .flatMap(json -> ResumeFilesService.readJson(json, Capabilities.class))
        .ifPresent(model::capabilities);
    store
        .cached(LIST)
        .flatMap(json -> ResumeFilesService.readJson(json, ResumeFile[].class))
        .map(List::of)
        .ifPresent(model::serverList);
  }

  /**
   * Reads the capabilities and the list.
   *
   * @return false when something newer was learnt meanwhile and it must run again
   */
  boolean run() {
    long mark = model.mark();
    try {
      try {
        Capabilities rules = api.capabilities();
        store.cache(CAPABILITIES, CoachJson.mapper().writeValueAsString(rules));
        model.capabilities(rules);
      } catch (ApiException e) {
        log.log(Level.DEBUG, "No capabilities from the server: {0}", e.getMessage());
      }
      List<ResumeFile> files = api.list();
      store.cache(LIST, CoachJson.mapper().writeValueAsString(files));
      // A queued file the server has already (its answer lost, or sent from another computer).
      Map<String, ResumeFile> byKey = new HashMap<>();
      files.forEach(f -> byKey.put(f.sha256(), f));
      for (Queued row : store.queue()) {
        ResumeFile there = byKey.get(row.sha256());
        if (there != null && row.toSend()) {
          store.uploaded(row.sha256(), there.id());
        }
      }
      if (!model.serverList(files, mark)) {
        return false;
      }
      model.reachable(true, "");
    } catch (IOException e) {
      model.reachable(
          false,
          "The server cannot be reached: the list is as last seen. Files added now wait here"
              + " and are sent when it is back.");
      unreachable.accept(e.toString());
    } catch (ApiException e) {
      model.reachable(true, e.getMessage());
    }
    return true;
  }

  /**
   * Applies a job's new state to its file.
   *
   * @return false when the file is not known here (or the event unreadable): catch up instead
   */
  boolean job(Optional<JobEvent> job) {
    Optional<ResumeFile> known = job.flatMap(j -> model.byId(j.resumeId()));
    if (known.isEmpty()) {
      return false;
    }
    ResumeFile was = known.get();
    ResumeStatus status = job.get().status().resumeStatus();
    model.serverFile(
        new ResumeFile(
            was.id(),
            was.filename(),
            was.contentType(),
            was.size(),
            was.sha256(),
            status,
            was.createdAt(),
            status == ResumeStatus.FAILED ? job.get().error() : null));
    return true;
  }
}
